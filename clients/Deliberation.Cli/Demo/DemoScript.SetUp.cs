using Deliberation.Api.V1;

namespace Deliberation.Cli.Demo;

internal sealed partial class DemoScript
{
    /// <summary>The operator creates the session and its groups; the moderator and seven voters join by code; the round opens.</summary>
    private async Task SetUpAsync(CancellationToken ct)
    {
        var created = await @operator.Sessions.CreateSessionAsync(new CreateSessionRequest
        {
            RequestId = NewId(), Title = DemoTexts.SessionTitle, Languages = { DemoTexts.Languages }, AuthoritativeLanguage = "sq",
        }, cancellationToken: ct);
        sessionId = created.Session.SessionId;
        narrator.Opening(sessionId);

        await Step("The operator defines the group dimensions: community (set by the moderator) and gender (each person says, or not).", async () =>
        {
            await DefineAsync("community", DemoTexts.Community, selfDeclared: false, ("albanian", DemoTexts.Albanian), ("serbian", DemoTexts.Serbian));
            return await DefineAsync("gender", DemoTexts.Gender, selfDeclared: true, ("woman", DemoTexts.Woman), ("man", DemoTexts.Man));
        }, ct);
        await ChangeStatusAsync(SessionStatus.Open, "The session opens: people can join.", ct);

        await JoinAsync(DemoCast.Moderator, Role.Moderator, ct);
        foreach (var person in DemoCast.Voters) await JoinAsync(person, Role.Participant, ct);
        await ChangeStatusAsync(SessionStatus.InProgress, "The session is in progress.", ct);

        var item = await Step("Mira puts \"Languages in the municipal offices\" on the agenda.", async () => await Moderator.Agenda.AddAgendaItemAsync(
            new AddAgendaItemRequest { RequestId = NewId(), SessionId = sessionId, Title = DemoTexts.AgendaItem }, cancellationToken: ct), ct);
        var round = await Step("Mira opens a round: statements, submission, amendment, deliberation, voting.", async () => await Moderator.Agenda.OpenRoundAsync(new OpenRoundRequest
        {
            RequestId = NewId(), SessionId = sessionId, AgendaItemId = item.Session.Agenda[^1].AgendaItemId,
            Phases = { new[] { Phase.Statements, Phase.Submission, Phase.Amendment, Phase.Deliberation, Phase.Voting }.Select(p => new PhasePlan { Phase = p }) },
        }, cancellationToken: ct), ct);
        roundId = round.Session.CurrentRoundId;

        Task<DefineGroupDimensionResponse> DefineAsync(string key, LocalizedText name, bool selfDeclared, params (string Key, LocalizedText Label)[] values) =>
            @operator.Sessions.DefineGroupDimensionAsync(new DefineGroupDimensionRequest
            {
                RequestId = NewId(), SessionId = sessionId,
                Dimension = new GroupDimension { Key = key, Name = name, SelfDeclared = selfDeclared, Values = { values.Select(v => new GroupValue { Key = v.Key, Label = v.Label }) } },
            }, cancellationToken: ct).ResponseAsync;
    }

    /// <summary>An invitation with the person's community set in advance, the join with its code, and their own word on their gender.</summary>
    private async Task JoinAsync(DemoPerson person, Role role, CancellationToken ct)
    {
        var voting = role == Role.Participant;
        var invitation = await @operator.Participants.CreateInvitationAsync(new CreateInvitationRequest
        {
            RequestId = NewId(), SessionId = sessionId, Role = role, VotingRights = voting,
            Groups = { person.Community.Length > 0 ? new Dictionary<string, string> { ["community"] = person.Community } : [] },
        }, cancellationToken: ct);
        var joined = await clientsFor(null).Access.JoinSessionAsync(new JoinSessionRequest { RequestId = NewId(), JoinCode = invitation.JoinCode, Name = person.Name }, cancellationToken: ct);
        var api = clientsFor(joined.Token);
        room[person.Name] = new Joined(person, joined.ParticipantId, api);
        var told = role == Role.Moderator
            ? $"{person.Name} joins as the moderator."
            : $"{person.Name} joins with a code: {person.Community} community, voting; declares gender: {person.Gender}.";
        await Step(told, async () => await api.Participants.SetParticipantGroupAsync(new SetParticipantGroupRequest
        {
            RequestId = NewId(), SessionId = sessionId, ParticipantId = joined.ParticipantId, Dimension = "gender", Value = person.Gender,
        }, cancellationToken: ct), ct);
    }

    private Task ChangeStatusAsync(SessionStatus status, string told, CancellationToken ct) =>
        Step(told, async () => await @operator.Sessions.ChangeSessionStatusAsync(
            new ChangeSessionStatusRequest { RequestId = NewId(), SessionId = sessionId, Status = status }, cancellationToken: ct), ct);
}
