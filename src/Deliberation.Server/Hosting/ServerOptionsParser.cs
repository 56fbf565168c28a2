using System.Collections;

namespace Deliberation.Server.Hosting;

/// <summary>Reads <see cref="ServerOptions"/> from the command line, then the environment, then the defaults.</summary>
public static class ServerOptionsParser
{
    private sealed record Option(string Switch, string Variable, string Description, Func<ServerOptions, string, ServerOptions> Set);

    private static readonly Option[] Options =
    [
        new("--host", "DELIBERATION_HOST", "address to listen on (default 127.0.0.1)", (o, v) => o with { Host = v }),
        new("--port", "DELIBERATION_PORT", $"gRPC port, 0 for any free one (default {ServerOptions.DefaultPort})",
            (o, v) => o with { Port = ParsePort(v) }),
        new("--web-port", "DELIBERATION_WEB_PORT", $"gRPC-Web port for browsers, 0 for any free one (default {ServerOptions.DefaultWebPort})",
            (o, v) => o with { WebPort = ParsePort(v) }),
        new("--connection-string", "DELIBERATION_CONNECTION_STRING", "use this PostgreSQL instead of starting one",
            (o, v) => o with { ConnectionString = v }),
        new("--data-dir", "DELIBERATION_DATA_DIR", "data folder of the embedded PostgreSQL", (o, v) => o with { DataDirectory = Path.GetFullPath(v) }),
        new("--postgres-bin", "DELIBERATION_POSTGRES_BIN", "folder holding PostgreSQL's initdb and pg_ctl", (o, v) => o with { PostgresBin = v }),
        new("--signing-key", "DELIBERATION_SIGNING_KEY", "token signing key file (default DATA_DIR/signing-key.pem)",
            (o, v) => o with { SigningKeyFile = Path.GetFullPath(v) }),
        new("--operator-credential", "DELIBERATION_OPERATOR_CREDENTIAL", "operator credential to set at the first start (default: made and shown once)",
            (o, v) => o with { OperatorCredential = v }),
        new("--oidc-authority", "DELIBERATION_OIDC_AUTHORITY", "an OpenID Connect issuer whose tokens are accepted too",
            (o, v) => o with { OidcAuthority = v }),
        new("--oidc-audience", "DELIBERATION_OIDC_AUDIENCE", "the audience the issuer's tokens must name", (o, v) => o with { OidcAudience = v }),
        new("--oidc-operator-role", "DELIBERATION_OIDC_OPERATOR_ROLE", "the role that makes an external caller the operator (default deliberation-operator)",
            (o, v) => o with { OidcOperatorRole = v }),
        new("--log-format", "DELIBERATION_LOG_FORMAT", "text or json (default text)",
            (o, v) => o with { LogFormat = v is "text" or "json" ? v : throw new FormatException($"log format must be text or json, not '{v}'") }),
    ];

    public static string Usage
    {
        get
        {
            // Columns as wide as their longest entry, plus two spaces.
            var switches = Options.Max(o => o.Switch.Length + " VALUE".Length) + 2;
            var variables = Options.Max(o => o.Variable.Length) + 2;
            return "Usage: deliberation-server [options]\n\nOptions (each also read from the environment variable beside it):\n" +
                string.Join('\n', Options.Select(o => $"  {(o.Switch + " VALUE").PadRight(switches)}{o.Variable.PadRight(variables)}{o.Description}")) +
                $"\n  {"--help".PadRight(switches + variables)}show this help";
        }
    }

    private static int ParsePort(string value) =>
        int.TryParse(value, out var port) && port is >= 0 and <= 65535
            ? port
            : throw new FormatException($"a port must be a number from 0 to 65535, not '{value}'");

    /// <exception cref="FormatException">An unknown option or a value that does not fit; the message says which.</exception>
    public static ServerOptions Parse(IReadOnlyList<string> args, IDictionary environment)
    {
        var options = new ServerOptions();
        foreach (var option in Options)
            if (environment[option.Variable] is string value && value.Length > 0)
                options = option.Set(options, value);

        for (var i = 0; i < args.Count; i++)
        {
            var (name, inlineValue) = args[i].Split('=', 2) is [var n, var v] ? (n, v) : (args[i], null);
            var option = Options.FirstOrDefault(o => o.Switch == name)
                ?? throw new FormatException($"unknown option '{args[i]}'");
            var value = inlineValue ?? (i + 1 < args.Count ? args[++i] : throw new FormatException($"{name} needs a value"));
            options = option.Set(options, value);
        }
        if (options.OidcAuthority is not null && options.OidcAudience is null)
            throw new FormatException("--oidc-authority needs --oidc-audience: the audience the issuer's tokens must name");
        return options;
    }
}
