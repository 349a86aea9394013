import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { z } from 'zod';
import { ConfigError, loadPackageConfig, type PackageConfig } from '../config';

const ROOT = join(__dirname, '..', '..');
// A placeholder app id keeps a first build valid against the schema; set TEAMS_APP_ID for a real one.
const APP_ID = '6b7c1a52-9d0e-4f3a-8c21-5e4d3b2a1f00';

const Manifest = z.looseObject({
  version: z.string(),
  id: z.string(),
  developer: z.looseObject({ name: z.string(), websiteUrl: z.string(), privacyUrl: z.string(), termsOfUseUrl: z.string() }),
  bots: z.array(z.looseObject({ botId: z.string() })).length(1),
  composeExtensions: z.array(z.looseObject({ botId: z.string() })).length(1),
  validDomains: z.array(z.string()),
});

/** The manifest for this configuration: the template with ids, version and URLs filled in. */
export function buildManifest(config: PackageConfig, version: string): z.infer<typeof Manifest> {
  const template = Manifest.parse(JSON.parse(readFileSync(join(ROOT, 'manifest', 'manifest.template.json'), 'utf8')));
  const botId = config.MicrosoftAppId;
  return {
    ...template,
    version,
    id: config.TEAMS_APP_ID ?? APP_ID,
    developer: {
      ...template.developer,
      name: config.DEVELOPER_NAME,
      websiteUrl: config.DEVELOPER_WEBSITE_URL,
      privacyUrl: config.PRIVACY_URL,
      termsOfUseUrl: config.TERMS_URL,
    },
    bots: template.bots.map((b) => ({ ...b, botId })),
    composeExtensions: template.composeExtensions.map((c) => ({ ...c, botId })),
    validDomains: config.BOT_DOMAIN ? [config.BOT_DOMAIN] : [],
  };
}

export function buildPackage(config: PackageConfig): { zip: Uint8Array; manifest: ReturnType<typeof buildManifest> } {
  const pkg = z.object({ version: z.string() }).parse(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')));
  const manifest = buildManifest(config, pkg.version);
  const zip = zipSync({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
    'color.png': readFileSync(join(ROOT, 'manifest', 'color.png')),
    'outline.png': readFileSync(join(ROOT, 'manifest', 'outline.png')),
  });
  return { zip, manifest };
}

if (require.main === module) {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  require('dotenv').config({ quiet: true });
  try {
    const { zip } = buildPackage(loadPackageConfig(process.env));
    mkdirSync(join(ROOT, 'build'), { recursive: true });
    writeFileSync(join(ROOT, 'build', 'teams-app.zip'), zip);
    process.stdout.write(`wrote build/teams-app.zip\n`);
  } catch (err) {
    if (!(err instanceof ConfigError)) throw err;
    process.stderr.write(`${err.message}\n`);
    process.exitCode = 1;
  }
}
