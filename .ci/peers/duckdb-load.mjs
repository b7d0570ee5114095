// bench --peers: what an analyst would type into DuckDB (node API) to load the day file into a table.
// usage: node duckdb-load.mjs DB.duckdb FILE.csv   (the file must be UTF-8)
import { DuckDBInstance } from '@duckdb/node-api';

const [db, file] = process.argv.slice(2);
const instance = await DuckDBInstance.create(db);
const connection = await instance.connect();
await connection.run(`CREATE TABLE pop AS SELECT * FROM read_csv('${file.replaceAll("'", "''")}')`);
const rows = await connection.runAndReadAll('SELECT count(*) FROM pop');
console.log(String(rows.getRows()[0][0]));
connection.closeSync();
instance.closeSync();
