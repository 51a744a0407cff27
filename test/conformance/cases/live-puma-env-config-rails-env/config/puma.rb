pidfile "/tmp/other.pid"
