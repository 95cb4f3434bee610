// PostgreSQL and Redis for the queue-mode end-to-end suite, each started on loopback with a free
// port and a temporary data folder, and removed again by stop(). Both come from Debian's packages
// (`postgresql`, `redis-server`; `.ci/run` installs them): PostgreSQL refuses to run as root, so
// as root the server runs as Debian's `postgres` user (runuser), its folder owned by that user.
//
//   const { startPostgres, startRedis, missingServices } = require('./scripts/e2e/services.cjs');
//   const pg = await startPostgres();   await pg.query('select 1');   await pg.stop();
'use strict';
const { spawn, execFile, execFileSync } = require('node:child_process');
const fs = require('node:fs');
const net = require('node:net');
const os = require('node:os');
const path = require('node:path');
const { freePort } = require('./n8n.cjs');

const PG_USER = 'n8n';
const PG_PASSWORD = 'n8n-e2e-password';
const PG_DATABASE = 'n8n';

/** The newest Debian PostgreSQL server folder (/usr/lib/postgresql/<major>/bin), or undefined. */
function postgresBinDir() {
	const root = '/usr/lib/postgresql';
	if (!fs.existsSync(root)) return undefined;
	const majors = fs
		.readdirSync(root)
		.filter((v) => fs.existsSync(path.join(root, v, 'bin', 'initdb')) && fs.existsSync(path.join(root, v, 'bin', 'postgres')))
		.sort((a, b) => Number(b) - Number(a));
	return majors.length ? path.join(root, majors[0], 'bin') : undefined;
}

function redisBin() {
	for (const p of ['/usr/bin/redis-server', '/usr/local/bin/redis-server']) if (fs.existsSync(p)) return p;
	return undefined;
}

/** What is missing to run the queue-mode suite, as apt package names (empty when all is there). */
function missingServices() {
	const missing = [];
	if (!postgresBinDir()) missing.push('postgresql');
	if (!redisBin()) missing.push('redis-server');
	if (!fs.existsSync('/usr/bin/psql')) missing.push('postgresql-client');
	if (isRoot() && !userExists('postgres')) missing.push('postgresql (the postgres user)');
	return missing;
}

function isRoot() {
	return typeof process.getuid === 'function' && process.getuid() === 0;
}

function userExists(name) {
	try {
		execFileSync('id', ['-u', name], { stdio: 'ignore' });
		return true;
	} catch {
		return false;
	}
}

/** Runs a server binary as the invoking user, or as `postgres` when that user is root. */
function asPostgres(bin, args) {
	return isRoot() ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
}

function run(cmd, args, opts = {}) {
	return new Promise((resolve, reject) => {
		execFile(cmd, args, { maxBuffer: 64 * 1024 * 1024, ...opts }, (error, stdout, stderr) => {
			if (error) reject(Object.assign(new Error(`${cmd} ${args.join(' ')}: ${error.message}\n${stderr}`), { stdout, stderr }));
			else resolve(stdout);
		});
	});
}

async function waitFor(what, check, timeoutMs, exited) {
	const deadline = Date.now() + timeoutMs;
	for (;;) {
		if (exited()) throw new Error(`${what} exited during start (${JSON.stringify(exited())})`);
		if (await check().catch(() => false)) return;
		if (Date.now() > deadline) throw new Error(`${what} did not become ready within ${timeoutMs} ms`);
		await new Promise((r) => setTimeout(r, 100));
	}
}

/** Starts a long-running server; resolves its exit with {code, signal}. */
function startServer(cmd, args, logFile) {
	const out = fs.openSync(logFile, 'a');
	const child = spawn(cmd, args, { stdio: ['ignore', out, out] });
	fs.closeSync(out);
	let exited;
	const exit = new Promise((resolve) => child.on('exit', (code, signal) => resolve((exited = { code, signal }))));
	return { child, exit, exited: () => exited };
}

/** Signals the server (`pid`: the server itself when a wrapper such as runuser started it) and waits for its exit. */
async function stopServer(server, signal, pid) {
	if (server.child.exitCode === null && server.child.signalCode === null) {
		try {
			if (pid) process.kill(pid, signal);
			else server.child.kill(signal);
		} catch {
			server.child.kill(signal);
		}
		const killer = setTimeout(() => server.child.kill('SIGKILL'), 15000);
		await server.exit;
		clearTimeout(killer);
	}
}

/**
 * A fresh PostgreSQL cluster: initdb (password auth on loopback), `postgres` on a free loopback
 * port with durability switched off (a throw-away test database), the database `n8n`.
 * @param {{ log?: (line: string) => void }} [options]
 */
async function startPostgres(options = {}) {
	const log = options.log || (() => {});
	const bin = postgresBinDir();
	if (!bin) throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql: apt-get install -y postgresql');
	const t0 = Date.now();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cec-e2e-pg-'));
	const data = path.join(dir, 'data');
	const pwfile = path.join(dir, 'pwfile');
	const logFile = path.join(dir, 'postgres.log');
	fs.writeFileSync(pwfile, PG_PASSWORD);
	fs.writeFileSync(logFile, '');
	if (isRoot()) {
		const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
		const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
		for (const p of [dir, pwfile, logFile]) fs.chownSync(p, uid, gid);
	}
	const [initCmd, initArgs] = asPostgres(path.join(bin, 'initdb'), [
		'-D', data, '-U', PG_USER, `--pwfile=${pwfile}`, '--auth-local=trust', '--auth-host=scram-sha-256', '--encoding=UTF8', '--no-sync',
	]);
	await run(initCmd, initArgs, { cwd: dir });
	const port = await freePort();
	const [cmd, args] = asPostgres(path.join(bin, 'postgres'), [
		'-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1',
		'-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off', '-c', 'max_connections=200',
	]);
	const server = startServer(cmd, args, logFile);
	const env = { ...process.env, PGPASSWORD: PG_PASSWORD, PGCONNECT_TIMEOUT: '5' };
	const connect = ['-h', '127.0.0.1', '-p', String(port), '-U', PG_USER];
	try {
		await waitFor('postgres', () => run(path.join(bin, 'pg_isready'), [...connect, '-d', 'postgres'], { env }).then(() => true), 60000, server.exited);
		await run('psql', [...connect, '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', `CREATE DATABASE ${PG_DATABASE}`], { env });
	} catch (error) {
		await stopServer(server, 'SIGINT', postmasterPid(data));
		throw new Error(`${error.message}\n${fs.readFileSync(logFile, 'utf8').slice(-3000)}`);
	}
	log(`postgres ${path.basename(path.dirname(bin))} on 127.0.0.1:${port} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

	/** Rows of a query as arrays of strings (psql's unaligned, tab-separated output). */
	async function query(sql) {
		const out = await run('psql', [...connect, '-d', PG_DATABASE, '-v', 'ON_ERROR_STOP=1', '-X', '-A', '-t', '-F', '\t', '-c', sql], { env });
		return out.split('\n').filter((l) => l !== '').map((l) => l.split('\t'));
	}
	let stopping;
	return {
		host: '127.0.0.1',
		port,
		user: PG_USER,
		password: PG_PASSWORD,
		database: PG_DATABASE,
		logFile,
		query,
		/** n8n's database settings for this server. */
		n8nEnv: () => ({
			DB_TYPE: 'postgresdb',
			DB_POSTGRESDB_HOST: '127.0.0.1',
			DB_POSTGRESDB_PORT: String(port),
			DB_POSTGRESDB_DATABASE: PG_DATABASE,
			DB_POSTGRESDB_USER: PG_USER,
			DB_POSTGRESDB_PASSWORD: PG_PASSWORD,
		}),
		stop() {
			stopping ??= (async () => {
				// SIGINT is PostgreSQL's "fast" shutdown: open sessions are ended, no waiting for clients.
				// It goes to the postmaster itself (postmaster.pid): runuser does not pass signals on.
				await stopServer(server, 'SIGINT', postmasterPid(data));
				if (!process.env.E2E_KEEP) fs.rmSync(dir, { recursive: true, force: true });
			})();
			return stopping;
		},
	};
}

function postmasterPid(data) {
	try {
		return Number(fs.readFileSync(path.join(data, 'postmaster.pid'), 'utf8').split('\n')[0]) || undefined;
	} catch {
		return undefined;
	}
}

/** One RESP command over a fresh connection; resolves with the raw answer. */
function redisCommand(port, words) {
	return new Promise((resolve, reject) => {
		const socket = net.connect(port, '127.0.0.1');
		let answer = '';
		socket.setTimeout(3000, () => socket.destroy(new Error('redis: no answer')));
		socket.on('error', reject);
		socket.on('data', (d) => {
			answer += d;
			if (answer.endsWith('\r\n')) {
				socket.end();
				resolve(answer);
			}
		});
		socket.write(`*${words.length}\r\n${words.map((w) => `$${Buffer.byteLength(w)}\r\n${w}\r\n`).join('')}`);
	});
}

/**
 * A Redis server without persistence on a free loopback port.
 * @param {{ log?: (line: string) => void }} [options]
 */
async function startRedis(options = {}) {
	const log = options.log || (() => {});
	const bin = redisBin();
	if (!bin) throw new Error('redis-server not found: apt-get install -y redis-server');
	const t0 = Date.now();
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cec-e2e-redis-'));
	const logFile = path.join(dir, 'redis.log');
	const port = await freePort();
	const server = startServer(bin, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--daemonize', 'no', '--logfile', logFile], path.join(dir, 'stdout.log'));
	try {
		await waitFor('redis', async () => (await redisCommand(port, ['PING'])).startsWith('+PONG'), 30000, server.exited);
	} catch (error) {
		await stopServer(server, 'SIGTERM');
		throw error;
	}
	log(`redis on 127.0.0.1:${port} ready in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
	let stopping;
	return {
		host: '127.0.0.1',
		port,
		logFile,
		command: (...words) => redisCommand(port, words),
		/** n8n's queue settings for this server. */
		n8nEnv: () => ({ QUEUE_BULL_REDIS_HOST: '127.0.0.1', QUEUE_BULL_REDIS_PORT: String(port) }),
		stop() {
			stopping ??= (async () => {
				await stopServer(server, 'SIGTERM');
				if (!process.env.E2E_KEEP) fs.rmSync(dir, { recursive: true, force: true });
			})();
			return stopping;
		},
	};
}

module.exports = { startPostgres, startRedis, missingServices, postgresBinDir, redisBin };
