# carried over from a Unicorn config: Pitchfork removed `pid`
listen "/tmp/web_server.sock"
worker_processes 2
pid "/tmp/web_server.pid"
