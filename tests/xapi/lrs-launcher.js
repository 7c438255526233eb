// Starts Learning Locker's xAPI statements service (npm xapi-statements) on 127.0.0.1 only. Its
// server calls app.listen(port), which listens on every interface; this wraps listen() before
// the server is loaded so that the host is always loopback.
'use strict';
const http = require('http');

const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function listenOnLoopback(port, ...rest) {
  const callback = rest.find((arg) => typeof arg === 'function');
  const server = listen.call(this, { port: Number(port), host: '127.0.0.1' }, callback);
  server.once('listening', () => console.log(`LRS listening on ${JSON.stringify(server.address())}`));
  return server;
};

require('xapi-statements/dist/server');
