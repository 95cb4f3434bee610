import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a hostile server received: everything a secret could travel in. */
export interface Received {
	method: string;
	url: string;
	headers: http.IncomingHttpHeaders;
	body: string;
}

export interface HostileServer {
	url: string;
	received: Received[];
	/** Everything received, as one text to search for secrets. */
	all(): string;
	close(): Promise<void>;
}

export type Respond = (request: Received, res: http.ServerResponse) => void;

/** A loopback HTTP server that records every request and answers as `respond` says. */
export async function hostileServer(respond: Respond): Promise<HostileServer> {
	const received: Received[] = [];
	const server = http.createServer((req, res) => {
		const chunks: Buffer[] = [];
		req.on('data', (chunk: Buffer) => chunks.push(chunk));
		req.on('end', () => {
			const request = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
			received.push(request);
			respond(request, res);
		});
	});
	const sockets = new Set<import('node:net').Socket>();
	server.on('connection', (socket) => {
		sockets.add(socket);
		socket.on('close', () => sockets.delete(socket));
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return {
		url: `http://127.0.0.1:${port}`,
		received,
		all: () => JSON.stringify(received),
		close: async () => {
			for (const socket of sockets) socket.destroy();
			await new Promise<void>((resolve) => server.close(() => resolve()));
		},
	};
}

export function json(res: http.ServerResponse, status: number, body: unknown, headers: http.OutgoingHttpHeaders = {}): void {
	const text = JSON.stringify(body);
	res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...headers });
	res.end(text);
}

/** The request as a hostile server echoes it back: every header and the body. */
export function echo(request: Received): string {
	return `${request.method} ${request.url} ${JSON.stringify(request.headers)} ${request.body}`;
}
