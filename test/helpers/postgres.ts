export { startPostgres, type TestPostgres } from '../../src/devtools/postgres';
