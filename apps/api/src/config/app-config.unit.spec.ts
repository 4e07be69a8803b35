import { ConfigError, loadConfig } from './app-config';

describe('API configuration', () => {
  it('defaults to the embedded profile on port 3000 with ./data', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      HSTF_EVENT_STORE: 'pglite',
      HSTF_DATA_DIR: './data',
      LOG_LEVEL: 'info',
    });
  });

  it('reports one clear line per bad setting, naming the variable', () => {
    const attempt = () => loadConfig({ PORT: 'eighty', HSTF_EVENT_STORE: 'mongo', LOG_LEVEL: 'loud' });
    expect(attempt).toThrow(ConfigError);
    try {
      attempt();
    } catch (error) {
      const problems = (error as ConfigError).problems;
      expect(problems).toHaveLength(3);
      expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(['HSTF_EVENT_STORE', 'LOG_LEVEL', 'PORT']);
    }
  });

  it("names, in the same pass, the bad settings of the app's modules: feeds, audit and deadlines", () => {
    const env = {
      PORT: '0',
      HSTF_FEED_POLL_MS: 'often',
      HSTF_AUDIT_CUT_SKEW_MS: '-1',
      HSTF_DEADLINES: 'maybe',
    };
    expect(() => loadConfig(env)).toThrow(ConfigError);
    let problems: readonly string[] = [];
    try {
      loadConfig(env);
    } catch (error) {
      problems = (error as ConfigError).problems;
    }
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual([
      'HSTF_AUDIT_CUT_SKEW_MS',
      'HSTF_DEADLINES',
      'HSTF_FEED_POLL_MS',
      'PORT',
    ]);
    // One line each, the variable and why, as the operator set it.
    expect(problems.every((p) => /^[A-Z_]+: \S/.test(p) && !p.includes('\n'))).toBe(true);
  });

  it('requires DATABASE_URL for the postgres store and ESDB_CONNECTION_STRING for EventStoreDB', () => {
    expect(() => loadConfig({ HSTF_EVENT_STORE: 'postgres' })).toThrow(/DATABASE_URL: is required/);
    expect(() => loadConfig({ HSTF_EVENT_STORE: 'esdb' })).toThrow(/ESDB_CONNECTION_STRING: is required/);
    expect(() =>
      loadConfig({ HSTF_EVENT_STORE: 'esdb', ESDB_CONNECTION_STRING: 'esdb://localhost:2113?tls=false' }),
    ).toThrow(/DATABASE_URL: is required when HSTF_EVENT_STORE=esdb/);
    expect(
      loadConfig({ HSTF_EVENT_STORE: 'postgres', DATABASE_URL: 'postgres://127.0.0.1/hstf' }).DATABASE_URL,
    ).toBe('postgres://127.0.0.1/hstf');
  });

  it('refuses two sources of token keys at once', () => {
    expect(() =>
      loadConfig({ HSTF_JWKS_URL: 'https://idp.example/jwks', HSTF_JWT_PUBLIC_KEY_FILE: '/k.pem' }),
    ).toThrow(/either HSTF_JWKS_URL or HSTF_JWT_PUBLIC_KEY_FILE/);
  });

  it('limits a token to 12 hours unless HSTF_JWT_MAX_LIFETIME_SECONDS says otherwise', () => {
    expect(loadConfig({}).HSTF_JWT_MAX_LIFETIME_SECONDS).toBe(43200);
    expect(loadConfig({ HSTF_JWT_MAX_LIFETIME_SECONDS: '3600' }).HSTF_JWT_MAX_LIFETIME_SECONDS).toBe(3600);
  });

  it.each(['0', '59', '604801', '1.5', 'twelve hours'])(
    'refuses HSTF_JWT_MAX_LIFETIME_SECONDS=%s in one line naming it',
    (value) => {
      try {
        loadConfig({ HSTF_JWT_MAX_LIFETIME_SECONDS: value });
        throw new Error('accepted');
      } catch (error) {
        expect(error).toBeInstanceOf(ConfigError);
        expect((error as ConfigError).problems).toEqual([
          expect.stringMatching(/^HSTF_JWT_MAX_LIFETIME_SECONDS: /),
        ]);
      }
    },
  );
});
