using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

internal static class AgendaCommands
{
    public static Command Build() => new("agenda", "Set the agenda and run its rounds")
    {
        Subcommands =
        {
            Add(), Move(), OpenRound(), Advance(),
            RoundAction("pause", "Pause the current round: its phase's clock stops", (c, r, ct) => c.PauseRoundAsync(r, cancellationToken: ct)),
            RoundAction("resume", "Resume a paused round", (c, r, ct) => c.ResumeRoundAsync(r, cancellationToken: ct)),
            RoundAction("close-round", "Close the current round, whatever its phase", (c, r, ct) => c.CloseRoundAsync(r, cancellationToken: ct)),
        },
    };

    private static Command Add()
    {
        var session = CommonOptions.Id("session-id", "session");
        var title = CommonOptions.Texts("--title", "item's title");
        var minutes = new Option<int>("--minutes") { Description = "Time allotted, in minutes" };
        var track = new Option<string>("--track") { Description = "A thematic track" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("add", "Add an item at the end of the agenda") { Arguments = { session }, Options = { title, minutes, track, requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).AddAgendaItemAsync(new AddAgendaItemRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                Title = CommonOptions.ToLocalizedText(parsed.GetValue(title)!, "--title"),
                DurationMinutes = parsed.GetValue(minutes),
                Track = parsed.GetValue(track) ?? "",
            }, cancellationToken: ct);
            Views.Show(cli, response.Session);
        }));
        return command;
    }

    private static Command Move()
    {
        var session = CommonOptions.Id("session-id", "session");
        var item = CommonOptions.Id("agenda-item-id", "agenda item");
        var position = new Argument<int>("position") { Description = "Where it goes: 0 is first; past the end is last" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("move", "Move an agenda item to another place") { Arguments = { session, item, position }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).MoveAgendaItemAsync(new MoveAgendaItemRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                AgendaItemId = parsed.GetValue(item)!,
                Position = parsed.GetValue(position),
            }, cancellationToken: ct);
            Views.Show(cli, response.Session);
        }));
        return command;
    }

    private static Command OpenRound()
    {
        var session = CommonOptions.Id("session-id", "session");
        var item = CommonOptions.Id("agenda-item-id", "agenda item");
        var requestId = CommonOptions.RequestId();
        var command = new Command("open-round", "Open a round on an agenda item, through every phase in order") { Arguments = { session, item }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).OpenRoundAsync(new OpenRoundRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                AgendaItemId = parsed.GetValue(item)!,
            }, cancellationToken: ct);
            Views.Show(cli, response.Session);
        }));
        return command;
    }

    private static Command Advance()
    {
        var session = CommonOptions.Id("session-id", "session");
        var round = CommonOptions.Id("round-id", "round");
        var requestId = CommonOptions.RequestId();
        var command = new Command("advance", "Move the current round to its next phase") { Arguments = { session, round }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).AdvancePhaseAsync(new AdvancePhaseRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                RoundId = parsed.GetValue(round)!,
            }, cancellationToken: ct);
            Views.Show(cli, response.Session);
        }));
        return command;
    }

    private static Command RoundAction(string name, string description,
        Func<AgendaService.AgendaServiceClient, RoundRequest, CancellationToken, Grpc.Core.AsyncUnaryCall<AgendaResponse>> call)
    {
        var session = CommonOptions.Id("session-id", "session");
        var round = CommonOptions.Id("round-id", "round");
        var requestId = CommonOptions.RequestId();
        var command = new Command(name, description) { Arguments = { session, round }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await call(Client(cli), new RoundRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                RoundId = parsed.GetValue(round)!,
            }, ct);
            Views.Show(cli, response.Session);
        }));
        return command;
    }

    private static AgendaService.AgendaServiceClient Client(CliContext cli) => new(cli.Channel);
}
