// npm runs "prepare" after every install. The build needs TypeScript, a devDependency, so an
// install without dev dependencies (npm ci --omit=dev, for a production image built from a
// dist/ made beforehand) skips it with one line instead of failing; any other build error fails.
const { spawnSync } = require('node:child_process');

try {
  require.resolve('typescript');
} catch {
  console.log('prepare: TypeScript is not installed (npm ci --omit=dev), so the build is skipped; use a dist/ built beforehand');
  process.exit(0);
}
const npm = process.env.npm_execpath;
const result = npm
  ? spawnSync(process.execPath, [npm, 'run', 'build'], { stdio: 'inherit' })
  : spawnSync('npm', ['run', 'build'], { stdio: 'inherit', shell: true });
process.exit(result.status ?? 1);
