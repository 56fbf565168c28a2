using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

/// <summary>Counts ballots under a rule without a session: the request is the API's TallyRequest as JSON.</summary>
internal static class TallyCommand
{
    public static Command Build()
    {
        var file = new Argument<string>("request-file")
        {
            Description = "A TallyRequest as JSON (proto3 JSON: rule, ballots, options; see protos/deliberation/v1/tally.proto), or - for standard input",
        };
        var command = new Command("tally", "Count ballots under a decision rule and explain the result (no session, no token needed)") { Arguments = { file } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var request = await JsonInput.ReadAsync<TallyRequest>(parsed.GetValue(file)!, ct);
            var response = await new TallyService.TallyServiceClient(cli.Channel).TallyAsync(request, cancellationToken: ct);
            TallyView.Show(cli, response);
        }));
        return command;
    }
}
