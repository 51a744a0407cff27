bind 'unix:///tmp/web_server.sock'
