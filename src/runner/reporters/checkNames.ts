/** The names `rong-http check --reporter` takes: apart from the reporters, so that parsing the flags imports no report type. */
export const CHECK_REPORTERS = ['pretty', 'json', 'github'] as const;
export type CheckReporterName = (typeof CHECK_REPORTERS)[number];
