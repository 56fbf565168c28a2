using Deliberation.Api.V1;

namespace Deliberation.Cli.Demo;

/// <summary>
/// Plays the demo's session against a running engine, as the operator who runs it and as each person in
/// it, through the same gRPC calls any front end makes. Each step is told as it happens, with a pause
/// between steps so a second terminal running `delib watch` can follow.
/// </summary>
internal sealed partial class DemoScript(DemoClients @operator, Func<string?, DemoClients> clientsFor, DemoNarrator narrator, TimeSpan pace)
{
    private readonly Dictionary<string, Joined> room = [];
    private string sessionId = "";
    private string roundId = "";

    private Joined this[DemoPerson person] => room[person.Name];

    /// <summary>Runs the whole session and answers its id.</summary>
    public async Task<string> RunAsync(CancellationToken ct)
    {
        await SetUpAsync(ct);
        await HearStatementsAsync(ct);
        var (proposalId, amendmentId) = await DraftProposalAsync(ct);
        await VoteAsync(proposalId, amendmentId, ct);
        return sessionId;
    }

    /// <summary>Tells a step, waits the pace, and answers what the step's call answered.</summary>
    private async Task<T> Step<T>(string told, Func<Task<T>> call, CancellationToken ct)
    {
        var answer = await call();
        narrator.Tell(told);
        if (pace > TimeSpan.Zero) await Task.Delay(pace, ct);
        return answer;
    }

    private async Task AdvanceAsync(string told, CancellationToken ct) =>
        await Step(told, async () => await Moderator.Agenda.AdvancePhaseAsync(
            new AdvancePhaseRequest { RequestId = NewId(), SessionId = sessionId, RoundId = roundId }, cancellationToken: ct), ct);

    private DemoClients Moderator => this[DemoCast.Moderator].Api;

    private static string NewId() => Guid.NewGuid().ToString();
}
