using System.CommandLine;
using Deliberation.Cli.Commands;

namespace Deliberation.Cli.Demo;

/// <summary>`delib demo`: plays a whole multi-community session on the engine, as the signed-in operator.</summary>
internal static class DemoCommand
{
    public static Command Build()
    {
        var pace = new Option<int>("--pace")
        {
            Description = "Milliseconds to wait after each step, so that `delib watch` can follow (default 700; 0 runs straight through)",
            DefaultValueFactory = _ => 700,
        };
        var command = new Command("demo", "Play a realistic session as the operator: two communities, three languages, amendments and a vote that needs a majority in each community")
        {
            Options = { pace },
        };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var milliseconds = parsed.GetValue(pace);
            if (milliseconds < 0) throw new InputError("--pace must not be negative");
            var server = new Uri(cli.Server);
            var narrator = new DemoNarrator(cli.Console, quiet: cli.Json);
            var channels = new List<Grpc.Net.Client.GrpcChannel>();
            try
            {
                var script = new DemoScript(new DemoClients(cli.Channel), token =>
                {
                    var channel = Channels.For(server, token);
                    channels.Add(channel);
                    return new DemoClients(channel);
                }, narrator, TimeSpan.FromMilliseconds(milliseconds));
                var sessionId = await script.RunAsync(ct);
                narrator.Closing(sessionId);
                if (cli.Json) await cli.Output.WriteLineAsync($"{{\"sessionId\":\"{sessionId}\"}}");
            }
            finally
            {
                foreach (var channel in channels) channel.Dispose();
            }
        }));
        return command;
    }
}
