using Deliberation.Api.V1;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests.Infrastructure;

/// <summary>A person in a test session: who they are and their clients.</summary>
public sealed record Person(string Name, string ParticipantId, string Token, Clients Api);

/// <summary>A session set up for a test: in progress, with people who joined it by code.</summary>
public sealed class Room(string sessionId, IReadOnlyDictionary<string, Person> people)
{
    public string SessionId { get; } = sessionId;
    public Person this[string name] => people[name];
    public IEnumerable<Person> People => people.Values;

    /// <summary>
    /// Creates a session as the operator, opens and starts it, and has each person join it with a code
    /// of their own: role and voting rights as given.
    /// </summary>
    public static async Task<Room> OpenAsync(EngineFixture engine, params (string Name, Role Role, bool Voting)[] invited)
    {
        var session = (await engine.Operator.Sessions.CreateSessionAsync(CreateSession())).Session;
        await ChangeStatusAsync(engine.Operator, session.SessionId, SessionStatus.Open);
        var people = new Dictionary<string, Person>();
        foreach (var (name, role, voting) in invited)
            people[name] = await JoinAsync(engine, session.SessionId, name, role, voting);
        await ChangeStatusAsync(engine.Operator, session.SessionId, SessionStatus.InProgress);
        return new Room(session.SessionId, people);
    }

    /// <summary>A moderator, a voting participant, a participant without vote and an observer.</summary>
    public static Task<Room> WithEveryRoleAsync(EngineFixture engine) => OpenAsync(engine,
        ("moderator", Role.Moderator, false), ("voter", Role.Participant, true), ("participant", Role.Participant, false), ("observer", Role.Observer, false));

    /// <summary>Voting participants only, with the given names.</summary>
    public static Task<Room> WithVotersAsync(EngineFixture engine, params string[] names) =>
        OpenAsync(engine, [("moderator", Role.Moderator, false), .. names.Select(n => (n, Role.Participant, true))]);

    /// <summary>A moderator and many voting participants ("voter-0", ...), who join several at a time.</summary>
    public static async Task<Room> WithManyVotersAsync(EngineFixture engine, int count)
    {
        var room = await OpenAsync(engine, ("moderator", Role.Moderator, false));
        var people = new System.Collections.Concurrent.ConcurrentDictionary<string, Person>(room.People.ToDictionary(p => p.Name));
        await Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = 16 },
            async (i, _) => people[$"voter-{i}"] = await JoinAsync(engine, room.SessionId, $"voter-{i}", Role.Participant, true));
        return new Room(room.SessionId, people);
    }

    public static async Task<Person> JoinAsync(EngineFixture engine, string sessionId, string name, Role role, bool voting)
    {
        var invitation = await engine.Operator.Participants.CreateInvitationAsync(new CreateInvitationRequest
        {
            RequestId = NewId(), SessionId = sessionId, Role = role, VotingRights = voting,
        });
        var joined = await engine.Anonymous.Access.JoinSessionAsync(new JoinSessionRequest { RequestId = NewId(), JoinCode = invitation.JoinCode, Name = name });
        return new Person(name, joined.ParticipantId, joined.Token, engine.As(joined.Token));
    }

    public static Task ChangeStatusAsync(Clients api, string sessionId, SessionStatus status) =>
        api.Sessions.ChangeSessionStatusAsync(new ChangeSessionStatusRequest { RequestId = NewId(), SessionId = sessionId, Status = status }).ResponseAsync;

    /// <summary>A proposal submitted by the named person, and a ballot on it opened by the moderator in a voting phase.</summary>
    public async Task<(Proposal Proposal, Ballot Ballot)> ProposalWithBallotAsync(string author = "moderator", bool changesAllowed = false,
        BallotSecrecy secrecy = BallotSecrecy.Public)
    {
        var proposal = await SubmitAsync(author);
        await EnterVotingPhaseAsync();
        var ballot = (await this["moderator"].Api.Ballots.OpenBallotAsync(new OpenBallotRequest
        {
            RequestId = NewId(), ProposalId = proposal.ProposalId, ChangesAllowed = changesAllowed, Secrecy = secrecy,
        })).Ballot;
        return (proposal, ballot);
    }

    /// <summary>A proposal submitted by the named person, in a round opened for it (submission, amendment, voting phases) unless one is current.</summary>
    public async Task<Proposal> SubmitAsync(string author, SubmitProposalRequest? request = null)
    {
        var session = (await this["moderator"].Api.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = SessionId })).Session;
        if (session.CurrentRoundId.Length == 0) await OpenRoundAsync(Phase.Submission, Phase.Amendment, Phase.Voting);
        return (await this[author].Api.Proposals.SubmitProposalAsync(request ?? SubmitProposal(SessionId))).Proposal;
    }

    /// <summary>Adds an agenda item and opens a round on it, in the first of the given phases.</summary>
    public async Task<Session> OpenRoundAsync(params Phase[] phases)
    {
        var api = this["moderator"].Api;
        var item = (await api.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = SessionId, Title = Text(("en", "Item")) })).Session;
        return (await api.Agenda.OpenRoundAsync(new OpenRoundRequest
        {
            RequestId = NewId(), SessionId = SessionId, AgendaItemId = item.Agenda[^1].AgendaItemId,
            Phases = { phases.Select(p => new PhasePlan { Phase = p }) },
        })).Session;
    }

    /// <summary>Advances the current round to its next phase.</summary>
    public async Task<Session> AdvanceAsync()
    {
        var api = this["moderator"].Api;
        var session = (await api.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = SessionId })).Session;
        return (await api.Agenda.AdvancePhaseAsync(new AdvancePhaseRequest { RequestId = NewId(), SessionId = SessionId, RoundId = session.CurrentRoundId })).Session;
    }

    /// <summary>Defines a group dimension as the operator, with the values given (labelled as their keys), and puts each person named in theirs.</summary>
    public async Task GroupAsync(EngineFixture engine, string dimension, params (string Name, string Value)[] members)
    {
        await engine.Operator.Sessions.DefineGroupDimensionAsync(new DefineGroupDimensionRequest
        {
            RequestId = NewId(), SessionId = SessionId,
            Dimension = new GroupDimension
            {
                Key = dimension, Name = Text(("en", dimension)),
                Values = { members.Select(m => m.Value).Distinct().Select(v => new GroupValue { Key = v, Label = Text(("en", v)) }) },
            },
        });
        foreach (var (name, value) in members)
            await engine.Operator.Participants.SetParticipantGroupAsync(new SetParticipantGroupRequest
            {
                RequestId = NewId(), SessionId = SessionId, ParticipantId = this[name].ParticipantId, Dimension = dimension, Value = value,
            });
    }

    /// <summary>Brings the current round to its voting phase, or opens a round that has only that phase when none is open.</summary>
    public async Task EnterVotingPhaseAsync()
    {
        var moderator = this["moderator"].Api;
        var session = (await moderator.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = SessionId })).Session;
        if (session.CurrentRoundId == "")
        {
            var item = await moderator.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = SessionId, Title = Text(("en", "Vote")) });
            await moderator.Agenda.OpenRoundAsync(new OpenRoundRequest
            {
                RequestId = NewId(), SessionId = SessionId, AgendaItemId = item.Session.Agenda[^1].AgendaItemId, Phases = { new PhasePlan { Phase = Phase.Voting } },
            });
            return;
        }
        while (session.Agenda.SelectMany(i => i.Rounds).Single(r => r.RoundId == session.CurrentRoundId).Phase != Phase.Voting)
            session = (await moderator.Agenda.AdvancePhaseAsync(new AdvancePhaseRequest { RequestId = NewId(), SessionId = SessionId, RoundId = session.CurrentRoundId })).Session;
    }
}
