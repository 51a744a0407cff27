# Cloud 66's Unicorn sample (docs/research/cloud66.md#the-custom-web-server-contract)
worker_processes 2
working_directory "#{ENV['STACK_PATH']}"
listen "#{ENV['CUSTOM_WEB_SOCKET_FILE']}", :backlog => 64
timeout 30
pid "#{ENV['CUSTOM_WEB_PID_FILE']}"
stderr_path "#{ENV['STACK_PATH']}/log/unicorn.stderr.log"
stdout_path "#{ENV['STACK_PATH']}/log/unicorn.stdout.log"
preload_app true
before_fork do |server, worker|
  old_pid = "#{ENV['CUSTOM_WEB_PID_FILE']}.oldbin"
  if File.exist?(old_pid) && server.pid != old_pid
    begin
      Process.kill("QUIT", File.read(old_pid).to_i)
    rescue Errno::ENOENT, Errno::ESRCH
    end
  end
end
