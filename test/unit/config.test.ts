import { ConfigError, loadConfig } from '../../src/config';

const APP = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
const TENANT = 'aaaaaaaa-bbbb-4ccc-8ddd-eeeeeeeeeeee';

describe('configuration that protects the door', () => {
  it('local mode (no authentication) listens on loopback and refuses any other HOST', () => {
    expect(loadConfig({}).host).toBe('127.0.0.1');
    expect(loadConfig({ HOST: '::1' }).host).toBe('::1');
    expect(() => loadConfig({ HOST: '0.0.0.0' })).toThrow(ConfigError);
    expect(() => loadConfig({ HOST: '192.168.1.20' })).toThrow(/HOST must be a loopback address/);
  });

  it('an authenticated bot may listen on any interface', () => {
    expect(loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT, HOST: '0.0.0.0' }).host).toBe(
      '0.0.0.0',
    );
  });

  it('a SingleTenant app with no tenant list serves its own tenant only', () => {
    const c = loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT.toUpperCase() });
    expect(c.ALLOWED_TENANT_IDS).toEqual([TENANT]);
  });

  it('an explicit tenant list, or a MultiTenant app, is left as configured', () => {
    const listed = loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT, ALLOWED_TENANT_IDS: 'a,b' });
    expect(listed.ALLOWED_TENANT_IDS).toEqual(['a', 'b']);
    const multi = loadConfig({ MicrosoftAppId: APP, MicrosoftAppPassword: 'x', MicrosoftAppType: 'MultiTenant' });
    expect(multi.ALLOWED_TENANT_IDS).toEqual([]);
  });
});

describe('retention periods', () => {
  it('have stated defaults, in days, and a daily sweep', () => {
    const c = loadConfig({});
    expect({
      consultations: c.RETENTION_CONSULTATION_DAYS,
      usage: c.RETENTION_USAGE_DAYS,
      comments: c.RETENTION_COMMENT_DAYS,
      unanswered: c.UNANSWERED_RETENTION_DAYS,
      state: c.RETENTION_STATE_DAYS,
      sweepHours: c.RETENTION_SWEEP_HOURS,
    }).toEqual({ consultations: 365, usage: 365, comments: 90, unanswered: 90, state: 30, sweepHours: 24 });
    expect(loadConfig({ RETENTION_CONSULTATION_DAYS: '730' }).RETENTION_CONSULTATION_DAYS).toBe(730);
  });

  it('refuses a period that is not a whole number of days from 1 to 3650, naming the variable', () => {
    for (const bad of ['0', '-5', '1.5', 'forever', '4000'])
      expect(() => loadConfig({ RETENTION_CONSULTATION_DAYS: bad })).toThrow(/RETENTION_CONSULTATION_DAYS/);
    expect(() => loadConfig({ RETENTION_STATE_DAYS: '0' })).toThrow(/RETENTION_STATE_DAYS/);
  });
});
