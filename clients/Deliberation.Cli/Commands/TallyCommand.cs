using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;
using Google.Protobuf;

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
            var request = await ReadAsync(parsed.GetValue(file)!, ct);
            var response = await new TallyService.TallyServiceClient(cli.Channel).TallyAsync(request, cancellationToken: ct);
            TallyView.Show(cli, response);
        }));
        return command;
    }

    private static async Task<TallyRequest> ReadAsync(string path, CancellationToken cancellationToken)
    {
        string json;
        try
        {
            json = path == "-" ? await Console.In.ReadToEndAsync(cancellationToken) : await File.ReadAllTextAsync(path, cancellationToken);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new InputError($"cannot read {path}: {e.Message}");
        }
        try
        {
            return JsonParser.Default.Parse<TallyRequest>(json);
        }
        catch (IOException e) // the parser's errors: malformed JSON, or fields a TallyRequest does not have
        {
            throw new InputError($"{path} is not a TallyRequest in JSON: {e.Message}");
        }
    }
}
