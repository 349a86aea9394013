import { z } from 'zod';
import { areaNames, parseAreas, type Area } from './content/areas';

/** Empty strings in env mean "unset", as .env files often leave them blank. */
const optional = z
  .string()
  .trim()
  .transform((v) => (v === '' ? undefined : v))
  .optional();

/** TOOLKIT_AREAS: comma-separated areas whose local facts are shown; unset or blank: every area. */
const toolkitAreas = z
  .string()
  .optional()
  .transform((v, ctx): Area[] => {
    const parsed = parseAreas(v);
    if ('areas' in parsed) return parsed.areas;
    ctx.addIssue({
      code: 'custom',
      message: `names an unknown area (${parsed.unknown.map((u) => `"${u}"`).join(', ')}): use ${areaNames.join(', ')}, comma-separated, or leave it unset for both`,
    });
    return z.NEVER;
  });

/** A retention period: whole days, at least one, at most ten years. */
const days = z.coerce.number().int().min(1).max(3650);

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a GUID');

const Base = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3978),
  HOST: optional,
  MicrosoftAppId: optional.pipe(guid.optional()),
  MicrosoftAppPassword: optional,
  MicrosoftAppType: z.enum(['SingleTenant', 'MultiTenant', 'UserAssignedMSI']).default('SingleTenant'),
  MicrosoftAppTenantId: optional.pipe(guid.optional()),
  ALLOWED_TENANT_IDS: optional.transform((v) =>
    v
      ? v
          .split(',')
          .map((s) => s.trim().toLowerCase())
          .filter(Boolean)
      : [],
  ),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: optional.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'must start with postgres://')
      .optional(),
  ),
  CONSULTATION_CHANNEL_ID: optional,
  // Posting a request to that channel is retried until it succeeds: first after this wait, then twice as long each time, up to the maximum.
  TEAM_DELIVERY_RETRY_MS: z.coerce.number().int().min(10).max(3_600_000).default(10_000),
  TEAM_DELIVERY_MAX_RETRY_MS: z.coerce.number().int().min(10).max(86_400_000).default(900_000),
  CONTENT_DIR: z.string().default('./content'),
  TOOLKIT_AREAS: toolkitAreas,
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  // Retention (README, Data protection): a sweep at start and every RETENTION_SWEEP_HOURS deletes what is older.
  UNANSWERED_RETENTION_DAYS: days.default(90),
  RETENTION_CONSULTATION_DAYS: days.default(365),
  RETENTION_USAGE_DAYS: days.default(365),
  RETENTION_COMMENT_DAYS: days.default(90),
  RETENTION_STATE_DAYS: days.default(30),
  RETENTION_SWEEP_HOURS: z.coerce.number().int().min(1).max(168).default(24),
  BotOpenIdMetadata: optional.pipe(z.url().optional()),
  // Only for `npm run package` (the Teams app package).
  TEAMS_APP_ID: optional.pipe(guid.optional()),
  BOT_DOMAIN: optional.pipe(
    z
      .string()
      .regex(/^[a-z0-9.-]+$/i, 'must be a host name, e.g. bot.example.org')
      .optional(),
  ),
  DEVELOPER_NAME: z.string().trim().min(1).max(32).default('Children in Care Toolkit'),
  DEVELOPER_WEBSITE_URL: z.url({ protocol: /^https$/ }).default('https://example.org/toolkit'),
  PRIVACY_URL: z.url({ protocol: /^https$/ }).default('https://example.org/toolkit/privacy'),
  TERMS_URL: z.url({ protocol: /^https$/ }).default('https://example.org/toolkit/terms'),
});

/** Loopback only: 127.0.0.0/8, ::1 and localhost. */
const LOOPBACK = /^(?:127(?:\.\d{1,3}){3}|::1|localhost)$/i;

export const ConfigSchema = Base.superRefine((c, ctx) => {
  // Local mode has no authentication: on any other interface, anyone who can reach the port
  // could make the bot post to any address they name.
  if (!c.MicrosoftAppId && c.HOST && !LOOPBACK.test(c.HOST)) {
    ctx.addIssue({
      code: 'custom',
      path: ['HOST'],
      message: 'must be a loopback address (127.0.0.1, ::1, localhost) in local mode, which has no authentication',
    });
  }
  if (c.NODE_ENV === 'production' && !c.MicrosoftAppId) {
    ctx.addIssue({
      code: 'custom',
      path: ['MicrosoftAppId'],
      message: 'is required when NODE_ENV=production (local mode has no authentication)',
    });
  }
  if (c.MicrosoftAppId && c.MicrosoftAppType === 'SingleTenant' && !c.MicrosoftAppTenantId) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppTenantId'], message: 'is required for a SingleTenant bot' });
  }
  if (c.MicrosoftAppId && c.MicrosoftAppType !== 'UserAssignedMSI' && !c.MicrosoftAppPassword) {
    ctx.addIssue({ code: 'custom', path: ['MicrosoftAppPassword'], message: 'is required when MicrosoftAppId is set' });
  }
});

export type Config = z.infer<typeof ConfigSchema> & { localMode: boolean; host: string };

/**
 * What `npm run package` needs: the bot's id and the manifest's public details. Never the
 * secret: a packaging pipeline should not hold it.
 */
export const PackageConfigSchema = Base.pick({
  TEAMS_APP_ID: true,
  BOT_DOMAIN: true,
  DEVELOPER_NAME: true,
  DEVELOPER_WEBSITE_URL: true,
  PRIVACY_URL: true,
  TERMS_URL: true,
}).extend({ MicrosoftAppId: z.string({ error: "is required (the bot's Microsoft App ID)" }).trim().pipe(guid) });
export type PackageConfig = z.infer<typeof PackageConfigSchema>;

export function loadPackageConfig(env: NodeJS.ProcessEnv): PackageConfig {
  const result = PackageConfigSchema.safeParse(env);
  if (!result.success)
    throw new ConfigError(`cannot package: ${result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
  return result.data;
}

export class ConfigError extends Error {}

/** Parses the environment once; throws a ConfigError naming every bad variable. */
export function loadConfig(env: NodeJS.ProcessEnv): Config {
  const result = ConfigSchema.safeParse(env);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.') || 'environment'} ${i.message}`);
    throw new ConfigError(`invalid configuration: ${lines.join('; ')}`);
  }
  const localMode = !result.data.MicrosoftAppId;
  // Without authentication anyone who can reach the port could make the bot post
  // to any serviceUrl, so local mode only listens on loopback unless told otherwise.
  const host = result.data.HOST ?? (localMode ? '127.0.0.1' : '0.0.0.0');
  // A SingleTenant app with no tenant list serves its own tenant only, not any that reaches it.
  const ownTenant = result.data.MicrosoftAppType === 'SingleTenant' ? result.data.MicrosoftAppTenantId?.toLowerCase() : undefined;
  const allowed = result.data.ALLOWED_TENANT_IDS.length === 0 && ownTenant ? [ownTenant] : result.data.ALLOWED_TENANT_IDS;
  return { ...result.data, ALLOWED_TENANT_IDS: allowed, localMode, host };
}

/** What is safe to log about the configuration: no secrets, no ids beyond presence. */
export function redactedSummary(c: Config): Record<string, unknown> {
  return {
    mode: c.localMode ? 'local (no authentication)' : 'authenticated',
    appType: c.localMode ? undefined : c.MicrosoftAppType,
    port: c.PORT,
    host: c.host,
    store: c.DATABASE_URL ? 'postgres' : 'sqlite',
    dataDir: c.DATABASE_URL ? undefined : c.DATA_DIR,
    allowedTenants: c.ALLOWED_TENANT_IDS.length,
    consultationChannel: Boolean(c.CONSULTATION_CHANNEL_ID),
    logLevel: c.LOG_LEVEL,
    areas: c.TOOLKIT_AREAS,
    retentionDays: {
      consultations: c.RETENTION_CONSULTATION_DAYS,
      usageEvents: c.RETENTION_USAGE_DAYS,
      feedbackComments: c.RETENTION_COMMENT_DAYS,
      unanswered: c.UNANSWERED_RETENTION_DAYS,
      conversationState: c.RETENTION_STATE_DAYS,
    },
  };
}
