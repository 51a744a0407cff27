listen "/tmp/web_server.sock"
pid "/tmp/other.pid"
