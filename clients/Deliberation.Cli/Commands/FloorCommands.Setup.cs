using System.CommandLine;
using Deliberation.Api.V1;
using Deliberation.Cli.Output;

namespace Deliberation.Cli.Commands;

/// <summary>How a round's floor runs and how statements are attributed: set up by a moderator.</summary>
internal static partial class FloorCommands
{
    private static Command Rules()
    {
        var session = CommonOptions.Id("session-id", "session");
        var round = CommonOptions.Id("round-id", "round");
        var balance = new Option<BalanceKind>("--balance")
        {
            Description = "none (first come, first served), alternate (between the values of --dimension) or progressive (who spoke least first)",
            HelpName = "none|alternate|progressive",
            DefaultValueFactory = _ => BalanceKind.None,
            CustomParser = result => CommonOptions.OneOf<BalanceKind>(result, "balance", "none, alternate or progressive"),
        };
        var dimension = new Option<string>("--dimension") { Description = "With --balance alternate: the group dimension to alternate on" };
        var speech = new Option<int>("--speech-seconds") { Description = "Time limit of a speech (default: none)" };
        var panelist = new Option<int>("--panelist-seconds") { Description = "Time limit of a panelist's slot (default: none)" };
        var pointOfOrder = new Option<int>("--point-of-order-seconds") { Description = "Time limit of a point of order (default: none)" };
        var panel = new Option<string[]>("--panelist") { Description = "A panelist's participant id, in the order of their fixed slots; repeat for each" };
        var requestId = CommonOptions.RequestId();
        var command = new Command("rules", "Set how a round's floor runs: who speaks next, time limits, the panel")
        {
            Arguments = { session, round }, Options = { balance, dimension, speech, panelist, pointOfOrder, panel, requestId },
        };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).SetFloorRulesAsync(new SetFloorRulesRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                Rules = new FloorRules
                {
                    RoundId = parsed.GetValue(round)!, Balance = parsed.GetValue(balance), Dimension = parsed.GetValue(dimension) ?? "",
                    SpeechSeconds = parsed.GetValue(speech), PanelistSeconds = parsed.GetValue(panelist), PointOfOrderSeconds = parsed.GetValue(pointOfOrder),
                    PanelSlots = { parsed.GetValue(panel) ?? [] },
                },
            }, cancellationToken: ct);
            Views.Show(cli, response.Floor);
        }));
        return command;
    }

    private static Command Attribution()
    {
        var session = CommonOptions.Id("session-id", "session");
        var attribution = new Argument<Attribution>("attribution")
        {
            Description = "attributed (by name), role-only or unattributed (Chatham House rule), for statements recorded from now on",
            HelpName = "attributed|role-only|unattributed",
            CustomParser = result => CommonOptions.OneOf<Attribution>(result, "statement's attribution", "attributed, role-only or unattributed"),
        };
        var requestId = CommonOptions.RequestId();
        var command = new Command("attribution", "Set how statements recorded from now on are attributed") { Arguments = { session, attribution }, Options = { requestId } };
        command.SetAction(Delib.Action(async (cli, parsed, ct) =>
        {
            var response = await Client(cli).SetStatementAttributionAsync(new SetStatementAttributionRequest
            {
                RequestId = parsed.GetValue(requestId)!,
                SessionId = parsed.GetValue(session)!,
                Attribution = parsed.GetValue(attribution),
            }, cancellationToken: ct);
            Views.Show(cli, response.Floor);
        }));
        return command;
    }
}
