using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

/// <summary>Waiting requests taken off or moved on the speakers list: by their author, or by a moderator.</summary>
internal static partial class FloorCommands
{
    private static Command Withdraw()
    {
        var session = CommonOptions.Id("session-id", "session");
        var request = CommonOptions.Id("floor-request-id", "floor request");
        var requestId = CommonOptions.RequestId();
        var command = new Command("withdraw", "Take your own request off the speakers list") { Arguments = { session, request }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).WithdrawFloorRequestAsync(new WithdrawFloorRequestRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                FloorRequestId = parsed.GetValue(request)!,
            }, cancellationToken: ct);
            Views.Show(cli, response.Floor);
        }));
        return command;
    }

    private static Command Manage()
    {
        var session = CommonOptions.Id("session-id", "session");
        var request = CommonOptions.Id("floor-request-id", "floor request");
        var change = new Argument<RequestChange>("change")
        {
            Description = "skip (its speaker was called and is not there), remove (off the list) or move (to --position)",
            HelpName = "skip|remove|move",
            CustomParser = result => CommonOptions.OneOf<RequestChange>(result, "change", "skip, remove or move"),
        };
        var position = new Option<int>("--position") { Description = "With move: the new place on the list, 0 first (past the end: last)" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("manage", "Skip, remove or move a waiting request on the speakers list")
        {
            Arguments = { session, request, change }, Options = { position, requestId },
        };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).ManageFloorRequestAsync(new ManageFloorRequestRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                FloorRequestId = parsed.GetValue(request)!,
                Change = parsed.GetValue(change),
                Position = parsed.GetValue(position),
            }, cancellationToken: ct);
            Views.Show(cli, response.Floor);
        }));
        return command;
    }
}
