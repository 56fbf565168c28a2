using Deliberation.Api.V1;

namespace Deliberation.Cli.Demo;

internal sealed partial class DemoScript
{
    /// <summary>
    /// The statements phase: two Albanian and two Serbian speakers ask for the floor, Albanians first; the
    /// floor alternates between the communities, so Milan speaks second though he asked third.
    /// </summary>
    private async Task HearStatementsAsync(CancellationToken ct)
    {
        await Step("Mira sets the floor to alternate between the communities.", async () => await Moderator.Floor.SetFloorRulesAsync(new SetFloorRulesRequest
        {
            RequestId = NewId(), SessionId = sessionId,
            Rules = new FloorRules { RoundId = roundId, Balance = BalanceKind.Alternate, Dimension = "community", SpeechSeconds = 120 },
        }, cancellationToken: ct), ct);
        foreach (var person in new[] { DemoCast.Arta, DemoCast.Besnik, DemoCast.Milan, DemoCast.Jelena })
            await Step($"{person.Name} asks for the floor.", async () => await this[person].Api.Floor.RequestFloorAsync(
                new RequestFloorRequest { RequestId = NewId(), SessionId = sessionId, Kind = RequestKind.Speech }, cancellationToken: ct), ct);

        for (var turn = 0; turn < 4; turn++)
        {
            var given = await Moderator.Floor.GiveFloorAsync(new GiveFloorRequest { RequestId = NewId(), SessionId = sessionId }, cancellationToken: ct);
            var speaker = room.Values.Single(j => j.ParticipantId == given.Floor.CurrentTurn.SpeakerId);
            await Step($"{speaker.Person.Name} has the floor: \"{DemoTexts.Statements[speaker.Person.Name]}\"", async () => await speaker.Api.Floor.RecordStatementAsync(new RecordStatementRequest
            {
                RequestId = NewId(), SessionId = sessionId, TurnId = given.Floor.CurrentTurn.TurnId,
                Text = DemoTexts.Text(speaker.Person.Language, DemoTexts.Statements[speaker.Person.Name]),
            }, cancellationToken: ct), ct);
            await Moderator.Floor.ChangeTurnAsync(new ChangeTurnRequest { RequestId = NewId(), SessionId = sessionId, Action = TurnAction.End }, cancellationToken: ct);
        }
        await AdvanceAsync("Mira moves the round on to the submission phase.", ct);
    }
}
