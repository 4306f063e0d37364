using System.Diagnostics;
using System.Globalization;
using Omega.Bench.Payloads;

namespace Omega.Bench.Harness;

/// <summary>
/// The fixed-answer upstream every arm forwards to: nginx, one process, answering a POST to
/// /SIZE/CreerDemandeMHS with the canned answer of that size (a POST to a static file is turned into
/// a GET of it), on keep-alive connections that last the whole run.
/// </summary>
internal static class NginxUpstream
{
    public const string Program = "nginx";

    public static string PathOf(PayloadSize size) => $"/{size.Name}/CreerDemandeMHS";

    public static Process Start(ChildProcesses processes, BenchSettings settings, int port)
    {
        var root = Path.Combine(settings.Work, "nginx");
        var www = Path.Combine(root, "www");
        Directory.CreateDirectory(Path.Combine(root, "logs"));
        Directory.CreateDirectory(Path.Combine(root, "temp"));
        foreach (var size in PayloadSize.All)
        {
            var folder = Path.Combine(www, size.Name);
            Directory.CreateDirectory(folder);
            File.Copy(settings.Payloads.Response(size), Path.Combine(folder, "CreerDemandeMHS"), overwrite: true);
        }

        var config = Path.Combine(root, "nginx.conf");
        File.WriteAllText(config, Config(root, www, port));
        return processes.Start(
            Program, ["-p", root, "-c", config], Path.Combine(settings.Work, "logs", "nginx.log"), settings.LoadCore);
    }

    private static string Config(string root, string www, int port) => string.Create(CultureInfo.InvariantCulture, $$"""
        master_process off;
        daemon off;
        worker_processes 1;
        error_log {{root}}/logs/error.log warn;
        pid {{root}}/logs/nginx.pid;
        events { worker_connections 4096; }
        http {
          access_log off;
          client_body_temp_path {{root}}/temp;
          proxy_temp_path {{root}}/temp;
          fastcgi_temp_path {{root}}/temp;
          uwsgi_temp_path {{root}}/temp;
          scgi_temp_path {{root}}/temp;
          keepalive_requests 100000000;
          keepalive_timeout 300s;
          server {
            listen 127.0.0.1:{{port}};
            root {{www}};
            default_type "text/xml; charset=utf-8";
            etag off;
            location / { error_page 405 =200 $uri; }
          }
        }
        """);
}
