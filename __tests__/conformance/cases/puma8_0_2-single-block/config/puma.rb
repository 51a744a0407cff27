bind 'unix:///tmp/web_server.sock'

single do
  pidfile '/tmp/web_server.pid'
end

cluster do
  pidfile '/tmp/cluster.pid'
end
