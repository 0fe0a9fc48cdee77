// Every integration suite, in the order they run.
import './extension.test';
import './playground.test';
import './rongHttp.test';
import './secrets.test';
import './commandResults.test';
import './sandboxView.test';
import './bulkRegister.test';
import './rongTests.test';
import './verdict.test';
