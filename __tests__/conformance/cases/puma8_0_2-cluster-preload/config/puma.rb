workers 2
preload_app! false
bind 'unix:///tmp/web_server.sock'
pidfile '/tmp/web_server.pid'

# docs/8.0-Upgrade.md
cluster do
  preload_app!
end
