using System.Collections;
using Deliberation.Server.Hosting;

namespace Deliberation.IntegrationTests;

public class ServerOptionsTests
{
    private static ServerOptions Parse(string[] args, Hashtable? environment = null) =>
        ServerOptionsParser.Parse(args, environment ?? new Hashtable());

    [Fact]
    public void With_nothing_given_the_engine_listens_on_loopback_and_starts_its_own_postgresql()
    {
        var options = Parse([]);

        Assert.Equal(("127.0.0.1", 50051, 50052, null), (options.Host, options.Port, options.WebPort, options.ConnectionString));
        Assert.EndsWith("deliberation", options.DataDirectory);
    }

    [Fact]
    public void The_command_line_wins_over_the_environment()
    {
        var environment = new Hashtable { ["DELIBERATION_PORT"] = "6000", ["DELIBERATION_CONNECTION_STRING"] = "Host=db" };

        var options = Parse(["--port", "7000", "--data-dir=/srv/delib"], environment);

        Assert.Equal((7000, "Host=db", "/srv/delib"), (options.Port, options.ConnectionString, options.DataDirectory));
    }

    [Theory]
    [InlineData("--port", "70000", "a port must be a number from 0 to 65535, not '70000'")]
    [InlineData("--log-format", "xml", "log format must be text or json, not 'xml'")]
    [InlineData("--colour", "blue", "unknown option '--colour'")]
    public void Bad_options_are_named(string option, string value, string message)
    {
        Assert.Equal(message, Assert.Throws<FormatException>(() => Parse([option, value])).Message);
    }

    [Fact]
    public void An_external_issuer_needs_its_audience()
    {
        Assert.StartsWith("--oidc-authority needs --oidc-audience", Assert.Throws<FormatException>(() => Parse(["--oidc-authority", "https://id.example"])).Message);
    }

    [Fact]
    public void An_option_without_its_value_is_named()
    {
        Assert.Equal("--data-dir needs a value", Assert.Throws<FormatException>(() => Parse(["--data-dir"])).Message);
    }

    [Fact]
    public void The_help_lines_up_every_option_its_variable_and_its_description_in_columns()
    {
        var lines = ServerOptionsParser.Usage.Split('\n').Where(l => l.StartsWith("  --", StringComparison.Ordinal)).ToList();

        var variables = lines.Where(l => l.Contains("DELIBERATION_")).Select(l => l.IndexOf("DELIBERATION_", StringComparison.Ordinal)).ToList();
        var descriptions = lines.Select(l =>
        {
            var variable = l.IndexOf("DELIBERATION_", StringComparison.Ordinal);
            var end = variable < 0 ? "  --help".Length : l.IndexOf(' ', variable);
            return end + l[end..].TakeWhile(c => c == ' ').Count();
        });
        Assert.Single(variables.Distinct());
        Assert.Single(descriptions.Distinct());
    }
}
