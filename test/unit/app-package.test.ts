import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { unzipSync } from 'fflate';
import { PNG } from 'pngjs';
import { loadPackageConfig } from '../../src/config';
import { buildPackage } from '../../src/cli/package-app';
import { readSchema } from '../helpers/schemas';

const BOT_ID = '3f2504e0-4f89-41d3-9a0c-0305e82c3301';
// Only the bot's id and the public details: packaging never needs the secret.
const config = loadPackageConfig({ MicrosoftAppId: BOT_ID, BOT_DOMAIN: 'toolkit-bot.example.org' });

describe('the Teams app package', () => {
  const files = unzipSync(buildPackage(config).zip);
  const manifest = JSON.parse(new TextDecoder().decode(files['manifest.json']));

  it('holds exactly the manifest and the two icons', () => {
    expect(Object.keys(files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
  });

  it('is valid against the Teams manifest 1.29 schema', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    addFormats(ajv);
    const schema = readSchema('teams-manifest-1.29.schema.json');
    const validate = ajv.compile(schema);
    const ok = validate(manifest);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it('talks to this bot, in every scope, with its commands and search', () => {
    expect(manifest.manifestVersion).toBe('1.29');
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.composeExtensions[0].botId).toBe(BOT_ID);
    expect(manifest.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    const titles = manifest.bots[0].commandLists[0].commands.map((c: { title: string }) => c.title);
    expect(titles).toEqual(['help', 'levels of need', 'pathways', 'mha sections', 'request enhanced consultation', 'my requests']);
    expect(manifest.composeExtensions[0].commands[0]).toMatchObject({ id: 'searchToolkit', type: 'query' });
    expect(manifest.validDomains).toEqual(['toolkit-bot.example.org']);
  });

  it('has a full-colour 192x192 icon', () => {
    const png = PNG.sync.read(Buffer.from(files['color.png']!));
    expect([png.width, png.height]).toEqual([192, 192]);
    const alphas = new Set<number>();
    for (let i = 3; i < png.data.length; i += 4) alphas.add(png.data[i]!);
    expect([...alphas]).toEqual([255]);
  });

  it('has a 32x32 outline icon, white on transparent only', () => {
    const png = PNG.sync.read(Buffer.from(files['outline.png']!));
    expect([png.width, png.height]).toEqual([32, 32]);
    let white = 0;
    let transparent = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const [r, g, b, a] = [png.data[i], png.data[i + 1], png.data[i + 2], png.data[i + 3]];
      if (a === 0) transparent += 1;
      else if (r === 255 && g === 255 && b === 255) white += 1;
      else throw new Error(`pixel ${i / 4} is neither white nor transparent`);
    }
    expect(white).toBeGreaterThan(50);
    expect(transparent).toBeGreaterThan(50);
  });
});

describe('npm run package, as a packaging pipeline runs it', () => {
  const root = resolve(__dirname, '..', '..');
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, [join(root, 'node_modules', 'tsx', 'dist', 'cli.mjs'), join(root, 'src', 'cli', 'package-app.ts')], {
      cwd: mkdtempSync(join(tmpdir(), 'package-')),
      env: { PATH: process.env.PATH ?? '', ...env },
      encoding: 'utf8',
    });

  it('builds with only MicrosoftAppId set: no password, no tenant', () => {
    const r = run({ MicrosoftAppId: BOT_ID });
    expect({ status: r.status, stderr: r.stderr }).toEqual({ status: 0, stderr: '' });
    expect(existsSync(join(root, 'build', 'teams-app.zip'))).toBe(true);
  });

  it('says in one line what is missing, with no stack trace', () => {
    const r = run({});
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual(["cannot package: MicrosoftAppId is required (the bot's Microsoft App ID)"]);
  });
});
