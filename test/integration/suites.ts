// Every integration suite, in the order they run.
import './extension.test';
import './playground.test';
import './rongHttp.test';
import './secrets.test';
import './commandResults.test';
import './rongTests.test';
