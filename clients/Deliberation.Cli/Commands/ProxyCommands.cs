using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

/// <summary>`delib proxy`: hand one's vote to another voter, take it back, see who holds whose.</summary>
internal static class ProxyCommands
{
    public static Command Build() => new("proxy", "Hand your vote to another voter, for a ballot or the whole session")
    {
        Subcommands = { Grant(), Revoke(), List() },
    };

    private static Option<string?> BallotOption() => new("--ballot") { Description = "The ballot the grant is for (default: every ballot of the session)" };

    private static Command Grant()
    {
        var session = CommonOptions.Id("session-id", "session");
        var holder = CommonOptions.Id("holder-id", "voter to hand your vote to (participant)");
        var ballot = BallotOption();
        var requestId = CommonOptions.RequestId();
        var command = new Command("grant", "Hand your vote to another voter; your own vote, if you cast one, still overrides it")
        {
            Arguments = { session, holder }, Options = { ballot, requestId },
        };
        command.SetAction(Delib.Action(async (cli, parsed, ct) => Views.Show(cli, await Client(cli).GrantProxyAsync(new GrantProxyRequest
        {
            RequestId = parsed.GetValue(requestId)!, SessionId = parsed.GetValue(session)!, HolderId = parsed.GetValue(holder)!, BallotId = parsed.GetValue(ballot) ?? "",
        }, cancellationToken: ct))));
        return command;
    }

    private static Command Revoke()
    {
        var session = CommonOptions.Id("session-id", "session");
        var grantor = new Option<string?>("--grantor") { Description = "Whose grant (moderators; default: yours)" };
        var ballot = BallotOption();
        var requestId = CommonOptions.RequestId();
        var command = new Command("revoke", "Take a grant back: your vote is your own again")
        {
            Arguments = { session }, Options = { grantor, ballot, requestId },
        };
        command.SetAction(Delib.Action(async (cli, parsed, ct) => Views.Show(cli, await Client(cli).RevokeProxyAsync(new RevokeProxyRequest
        {
            RequestId = parsed.GetValue(requestId)!, SessionId = parsed.GetValue(session)!, GrantorId = parsed.GetValue(grantor) ?? "", BallotId = parsed.GetValue(ballot) ?? "",
        }, cancellationToken: ct))));
        return command;
    }

    private static Command List()
    {
        var session = CommonOptions.Id("session-id", "session");
        var command = new Command("list", "List who holds whose vote in a session") { Arguments = { session } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
            Views.Show(cli, await Client(cli).ListProxiesAsync(new ListProxiesRequest { SessionId = parsed.GetValue(session)! }, cancellationToken: ct))));
        return command;
    }

    private static BallotService.BallotServiceClient Client(CliContext cli) => new(cli.Channel);
}
