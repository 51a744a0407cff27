bind 'unix:///tmp/web_server.sock'
pidfile '/tmp/web_server.pid'

single do
  prune_bundler
end
