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
