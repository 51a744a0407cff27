port 3000
pidfile '/tmp/other.pid'
