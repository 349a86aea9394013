import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import type { DestinationStream } from 'pino';
import { ConfigError, loadConfig, redactedSummary, type Config } from './config';
import { createLogger, type Logger } from './log';
import { ContentError, loadToolkit } from './content/toolkit';
import { formatProblem } from './content/load';
import { Answerer } from './answers/answerer';
import { warmUpInTurns } from './answers/warm-up';
import { openStore } from './store/open';
import { Consultations } from './consultations/service';
import { ConsultationHandler } from './teams/consultation-handler';
import { TeamDeliveryLoop } from './consultations/delivery';
import { FormTokens } from './consultations/tokens';
import { TeamChannelPoster } from './teams/team-channel';
import type { Store } from './store/store';
import { createAdapter } from './teams/adapter';
import { connectorRetries } from './teams/connector-retries';
import { sizeGuard } from './teams/size-guard';
import { ToolkitBot } from './teams/bot';
import { conversationStateOver } from './teams/bot-storage';
import { createServer } from './teams/server';
import { createTurnErrorHandler } from './teams/turn-error';
import { RateLimiter } from './limits/rate-limiter';
import { UsageRecorder } from './usage/recorder';
import { ContentReloader } from './content/reload';
import { RetentionSweep } from './retention/sweep';

export interface Running {
  config: Config;
  url: string;
  port: number;
  logger: Logger;
  store: Store;
  /** Stops accepting, finishes turns in flight, closes the store. */
  close(): Promise<void>;
}

function version(): string {
  const pkg: unknown = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8'));
  return typeof pkg === 'object' && pkg !== null && 'version' in pkg && typeof pkg.version === 'string' ? pkg.version : '0.0.0';
}

/** The only place that wires the parts together. Tests call it with their own environment. */
export async function start(env: NodeJS.ProcessEnv, logDestination?: DestinationStream): Promise<Running> {
  const config = loadConfig(env);
  const logger = createLogger(config.LOG_LEVEL, logDestination);
  if (config.localMode) {
    logger.warn(
      { event: 'local-mode' },
      `LOCAL MODE: no MicrosoftAppId, so no Bot Framework authentication. Listening on ${config.host} only.`,
    );
  }
  logger.info({ event: 'config', config: redactedSummary(config) }, 'starting');

  const { toolkit, warnings } = loadToolkit(config.CONTENT_DIR, { areas: config.TOOLKIT_AREAS });
  for (const w of warnings) logger.warn({ event: 'content-warning', problem: formatProblem(w) }, 'content needs review');
  const store = await openStore({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR }, (err) =>
    logger.warn({ event: 'db-idle-error', errorType: err.name }, 'database connection dropped'),
  );

  const answerer = new Answerer(toolkit);
  const conversationState = conversationStateOver(store, logger);
  const adapter = createAdapter(config);
  const appId = config.MicrosoftAppId ?? '';
  const channelId = config.CONSULTATION_CHANNEL_ID;
  // Forms are bound to the person they were given to, under a key kept in the store (the same for every instance).
  const tokens = FormTokens.fromSecret(await store.ensureSecret('form-token', FormTokens.newSecret()));
  const consultations = new Consultations(store, toolkit, { teamChannel: Boolean(channelId), tokens });
  // The team's outbox: posts each stored request to the channel until it is posted once.
  const delivery = channelId
    ? new TeamDeliveryLoop({
        store,
        render: (r) => consultations.teamCard(r),
        poster: new TeamChannelPoster({ adapter, appId, channelId }),
        logger,
        timing: {
          firstRetryMs: config.TEAM_DELIVERY_RETRY_MS,
          maxRetryMs: config.TEAM_DELIVERY_MAX_RETRY_MS,
          pollMs: Math.min(config.TEAM_DELIVERY_RETRY_MS, 5000),
        },
      })
    : undefined;
  const extras = new ConsultationHandler({ consultations, adapter, appId, channelId, logger, conversationState, delivery });
  const rateLimiter = new RateLimiter(config.RATE_LIMIT_PER_MINUTE);
  const usage = new UsageRecorder(store, toolkit, logger);
  // Each kind of data is kept for its retention period only: swept at start and then on a schedule.
  const retention = new RetentionSweep(
    store,
    {
      consultationDays: config.RETENTION_CONSULTATION_DAYS,
      usageEventDays: config.RETENTION_USAGE_DAYS,
      feedbackCommentDays: config.RETENTION_COMMENT_DAYS,
      unansweredDays: config.UNANSWERED_RETENTION_DAYS,
      conversationStateDays: config.RETENTION_STATE_DAYS,
    },
    logger,
  );
  const bot = new ToolkitBot({
    answerer,
    conversationState,
    logger,
    allowedTenantIds: config.ALLOWED_TENANT_IDS,
    rateLimiter,
    usage,
    extras,
  });
  adapter.onTurnError = createTurnErrorHandler(logger);
  adapter.use(connectorRetries());
  adapter.use(sizeGuard(logger));

  const reloader = new ContentReloader(
    config.CONTENT_DIR,
    (t) => {
      answerer.use(t);
      consultations.use(t);
      usage.use(t);
    },
    logger,
    { areas: config.TOOLKIT_AREAS },
  );
  if (config.localMode) reloader.watch();
  const onHangup = () => reloader.reload();
  process.on('SIGHUP', onHangup);

  const { server, drain } = createServer({
    adapter,
    run: (context) => bot.run(context),
    logger,
    version: version(),
    entryCount: () => answerer.entryCount,
    storeReady: () => store.ping(),
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  logger.info({ event: 'listening', port, host: config.host, entries: toolkit.entries.length }, 'ready');
  const warming = warmUpInTurns(answerer.warmUpSteps());
  // Pending deliveries from before a restart (or another instance) are picked up now.
  delivery?.start();
  retention.start(config.RETENTION_SWEEP_HOURS * 3_600_000);
  return {
    config,
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`,
    port,
    logger,
    store,
    close: async () => {
      warming.stop();
      reloader.stop();
      process.off('SIGHUP', onHangup);
      await drain();
      await delivery?.stop();
      await retention.stop();
      await store.close();
    },
  };
}

function fail(err: unknown): never {
  if (err instanceof ConfigError) process.stderr.write(`${err.message}\n`);
  else if (err instanceof ContentError) process.stderr.write(`${err.message}\n`);
  else process.stderr.write(`failed to start: ${err instanceof Error ? err.name : 'error'}\n`);
  process.exit(1);
}

/**
 * V8 lets the old generation grow to about four times what survives a collection before
 * collecting it; this process keeps about 50 MB alive, so under load its memory reached
 * 240-250 MB of mostly garbage. Growing by half instead kept it near 185 MB with no
 * measurable cost in throughput (npm run bench). Unlike a hard heap limit, it cannot
 * crash the process when more content needs more memory.
 */
const HEAP_GROWING_PERCENT = 50;

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('dotenv').config({ quiet: true });
  start(process.env).then((running) => {
    // Set once started: loading the modules is not slowed by extra collections.
    setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
    const stop = (signal: string) => {
      running.logger.info({ event: 'shutdown', signal }, 'stopping: finishing turns in flight');
      running.close().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGTERM', () => stop('SIGTERM'));
    process.once('SIGINT', () => stop('SIGINT'));
  }, fail);
}
