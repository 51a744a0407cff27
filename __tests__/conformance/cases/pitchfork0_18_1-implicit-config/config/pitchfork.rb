# loaded without -c: Pitchfork reads config/pitchfork.rb when it exists (0.17.0+)
listen "unix:/tmp/web_server.sock"
worker_processes 2
