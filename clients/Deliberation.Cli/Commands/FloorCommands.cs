using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

internal static partial class FloorCommands
{
    public static Command Build() => new("floor", "The speakers list, turns, statements and speaking statistics")
    {
        Subcommands =
        {
            Request(), Give(),
            Turn("pause", "Pause the current turn's clock", TurnAction.Pause),
            Turn("resume", "Resume the current turn's clock", TurnAction.Resume),
            Turn("end", "End the current turn", TurnAction.End),
            Statement(), Show(), Statistics(),
            Rules(), Attribution(), Withdraw(), Manage(),
        },
    };

    private static Command Request()
    {
        var session = CommonOptions.Id("session-id", "session");
        var kind = new Option<RequestKind>("--kind")
        {
            Description = "speech, reply, point-of-order or question",
            HelpName = "speech|reply|point-of-order|question",
            DefaultValueFactory = _ => RequestKind.Speech,
            CustomParser = result => CommonOptions.OneOf<RequestKind>(result, "request", "speech, reply, point-of-order or question"),
        };
        var panelist = new Option<string>("--to") { Description = "With a question: the panelist's participant id" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("request", "Ask for the floor in the current round") { Arguments = { session }, Options = { kind, panelist, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).RequestFloorAsync(new RequestFloorRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                Kind = parsed.GetValue(kind),
                ToPanelist = parsed.GetValue(panelist) ?? "",
            }, cancellationToken: ct);
            Views.Show(cli, response.Floor);
        }));
        return command;
    }

    private static Command Give()
    {
        var session = CommonOptions.Id("session-id", "session");
        var request = new Option<string>("--request") { Description = "Give the floor to this waiting request rather than by the round's order" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("give", "Give the floor to the next speaker (and see why)") { Arguments = { session }, Options = { request, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).GiveFloorAsync(new GiveFloorRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                FloorRequestId = parsed.GetValue(request) ?? "",
            }, cancellationToken: ct);
            Views.Show(cli, response.Floor);
        }));
        return command;
    }

    private static Command Turn(string name, string description, TurnAction action)
    {
        var session = CommonOptions.Id("session-id", "session");
        var requestId = CommonOptions.RequestId();
        var command = new Command(name, description) { Arguments = { session }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).ChangeTurnAsync(new ChangeTurnRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                Action = action,
            }, cancellationToken: ct);
            Views.Show(cli, response.Floor);
        }));
        return command;
    }

    private static Command Statement()
    {
        var session = CommonOptions.Id("session-id", "session");
        var turn = CommonOptions.Id("turn-id", "turn");
        var text = CommonOptions.Texts("--text", "statement");
        var requestId = CommonOptions.RequestId();
        var command = new Command("statement", "Record what was said in a turn") { Arguments = { session, turn }, Options = { text, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).RecordStatementAsync(new RecordStatementRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                TurnId = parsed.GetValue(turn)!,
                Text = CommonOptions.ToLocalizedText(parsed.GetValue(text)!, "--text"),
            }, cancellationToken: ct);
            Views.Show(cli, response.Floor);
        }));
        return command;
    }

    private static Command Show()
    {
        var session = CommonOptions.Id("session-id", "session");
        var command = new Command("show", "Show the speakers list, the current turn and the statements") { Arguments = { session } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
            Views.Show(cli, (await Client(cli).GetFloorAsync(new GetFloorRequest { SessionId = parsed.GetValue(session)! }, cancellationToken: ct)).Floor)));
        return command;
    }

    private static Command Statistics()
    {
        var session = CommonOptions.Id("session-id", "session");
        var round = new Option<string>("--round") { Description = "One round only" };
        var command = new Command("stats", "Speaking time and turns by speaker and by group") { Arguments = { session }, Options = { round } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
            Views.Show(cli, await Client(cli).GetFloorStatisticsAsync(new GetFloorStatisticsRequest
            {
                SessionId = parsed.GetValue(session)!,
                RoundId = parsed.GetValue(round) ?? "",
            }, cancellationToken: ct))));
        return command;
    }

    private static FloorService.FloorServiceClient Client(CliContext cli) => new(cli.Channel);
}
