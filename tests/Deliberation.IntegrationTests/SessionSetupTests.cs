using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>A whole session set up and run over gRPC, as a programme's moderators would.</summary>
public class SessionSetupTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static readonly string[] Communities = ["albanian", "serb"];

    [Fact]
    public async Task Twenty_people_join_by_code_and_a_moderator_walks_an_agenda_item_through_every_phase()
    {
        var op = engine.Operator;
        var create = CreateSession();
        create.Title = Text(("sq", "Kontrata e re shoqërore"), ("sr-Latn", "Novi društveni ugovor"), ("en", "A new social contract"));
        var sessionId = (await op.Sessions.CreateSessionAsync(create)).Session.SessionId;
        await op.Sessions.DefineGroupDimensionAsync(new DefineGroupDimensionRequest { RequestId = NewId(), SessionId = sessionId, Dimension = Dimension("community", false, Communities) });
        await op.Sessions.DefineGroupDimensionAsync(new DefineGroupDimensionRequest { RequestId = NewId(), SessionId = sessionId, Dimension = Dimension("gender", true, "woman", "man") });
        await Room.ChangeStatusAsync(op, sessionId, SessionStatus.Open);

        // Twenty invitations across the two communities: the first two invited are moderators, three are observers.
        var people = new List<(string Token, string ParticipantId)>();
        for (var i = 0; i < 20; i++)
        {
            var invitation = await op.Participants.CreateInvitationAsync(new CreateInvitationRequest
            {
                RequestId = NewId(), SessionId = sessionId,
                Role = i < 2 ? Role.Moderator : i < 5 ? Role.Observer : Role.Participant, VotingRights = i >= 5,
                Groups = { ["community"] = Communities[i % 2] },
            });
            var joined = await engine.Anonymous.Access.JoinSessionAsync(new JoinSessionRequest
            {
                RequestId = NewId(), JoinCode = invitation.JoinCode.ToLowerInvariant().Replace("-", " "), Name = $"person {i}", Pseudonymous = i % 7 == 0,
            });
            people.Add((joined.Token, joined.ParticipantId));
        }
        // Half the women and men say so themselves; the rest leave it undisclosed.
        for (var i = 0; i < 10; i++)
            await engine.As(people[i].Token).Participants.SetParticipantGroupAsync(new SetParticipantGroupRequest
            {
                RequestId = NewId(), SessionId = sessionId, ParticipantId = people[i].ParticipantId, Dimension = "gender", Value = i % 2 == 0 ? "woman" : "man",
            });

        var moderator = engine.As(people[0].Token);
        await Room.ChangeStatusAsync(moderator, sessionId, SessionStatus.InProgress);
        foreach (var title in new[] { "Local self-governance", "Collective and human rights", "Rule of law" })
            await moderator.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = sessionId, Title = Text(("en", title)), DurationMinutes = 45 });
        var itemId = (await moderator.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = sessionId })).Session.Agenda[0].AgendaItemId;
        var round = (await moderator.Agenda.OpenRoundAsync(new OpenRoundRequest { RequestId = NewId(), SessionId = sessionId, AgendaItemId = itemId })).Session;
        var roundId = round.CurrentRoundId;

        var phases = new List<Phase> { round.Agenda[0].Rounds[0].Phase };
        for (var step = 0; step < 5; step++)
        {
            var advanced = (await moderator.Agenda.AdvancePhaseAsync(new AdvancePhaseRequest { RequestId = NewId(), SessionId = sessionId, RoundId = roundId })).Session;
            phases.Add(advanced.Agenda[0].Rounds[0].Phase);
        }

        Assert.Equal([Phase.Statements, Phase.Submission, Phase.Amendment, Phase.Deliberation, Phase.Voting, Phase.Closed], phases);
        var read = await engine.As(people[19].Token).Sessions.GetSessionAsync(new GetSessionRequest { SessionId = sessionId });
        Assert.Equal(RoundStatus.Closed, read.Session.Agenda[0].Rounds[0].Status);
        Assert.Equal("", read.Session.CurrentRoundId);
        Assert.Equal(3, read.Session.Agenda.Count);
        Assert.Equal((2, 15, 0, 3), (read.Participation.Moderators, read.Participation.VotingParticipants, read.Participation.Participants, read.Participation.Observers));
        Assert.Equal([("community", "albanian", 10), ("community", "serb", 10), ("community", "undisclosed", 0), ("gender", "woman", 5), ("gender", "man", 5), ("gender", "undisclosed", 10)],
            read.Participation.ByGroup.Select(g => (g.Dimension, g.Value, g.Participants)));
    }

    [Fact]
    public async Task A_phase_with_a_deadline_advances_by_itself_even_across_a_restart()
    {
        var room = await Room.WithVotersAsync(engine, "arta");
        var moderator = room["moderator"].Api;
        var itemId = (await moderator.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = room.SessionId, Title = Text(("en", "Budget")) }))
            .Session.Agenda[0].AgendaItemId;
        var opened = await moderator.Agenda.OpenRoundAsync(new OpenRoundRequest
        {
            RequestId = NewId(), SessionId = room.SessionId, AgendaItemId = itemId,
            Phases = { new PhasePlan { Phase = Phase.Submission, DurationSeconds = 3 }, new PhasePlan { Phase = Phase.Voting } },
        });
        Assert.Equal(Phase.Submission, opened.Session.Agenda[0].Rounds[0].Phase);

        await engine.RestartAsync();

        var session = await WaitForAsync(engine.As(room["arta"].Token), room.SessionId, s => s.Agenda[0].Rounds[0].Phase == Phase.Voting);
        Assert.Equal(RoundStatus.Open, session.Agenda[0].Rounds[0].Status);
        Assert.Null(session.Agenda[0].Rounds[0].PhaseDeadline); // voting lasts until the moderator moves on
    }

    [Fact]
    public async Task Adjourning_stops_the_phase_clock_and_closing_the_session_closes_its_round()
    {
        var room = await Room.WithVotersAsync(engine);
        var op = engine.Operator;
        var itemId = (await op.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = room.SessionId, Title = Text(("en", "Budget")) }))
            .Session.Agenda[0].AgendaItemId;
        var roundId = (await op.Agenda.OpenRoundAsync(new OpenRoundRequest
        {
            RequestId = NewId(), SessionId = room.SessionId, AgendaItemId = itemId,
            Phases = { new PhasePlan { Phase = Phase.Statements, DurationSeconds = 600 }, new PhasePlan { Phase = Phase.Voting } },
        })).Session.CurrentRoundId;

        var adjourned = (await op.Sessions.ChangeSessionStatusAsync(new ChangeSessionStatusRequest { RequestId = NewId(), SessionId = room.SessionId, Status = SessionStatus.Adjourned })).Session;
        engine.Clock.Offset = TimeSpan.FromMinutes(20); // the phase's ten minutes pass while the session is adjourned
        await Task.Delay(1500); // the schedule looks twice a second
        var stillStatements = (await op.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = room.SessionId })).Session;
        var closed = (await op.Sessions.ChangeSessionStatusAsync(new ChangeSessionStatusRequest { RequestId = NewId(), SessionId = room.SessionId, Status = SessionStatus.Closed })).Session;
        engine.Clock.Offset = TimeSpan.Zero;

        Assert.Equal((RoundStatus.Paused, 600), (adjourned.Agenda[0].Rounds[0].Status, adjourned.Agenda[0].Rounds[0].SecondsLeft));
        Assert.Equal(Phase.Statements, stillStatements.Agenda[0].Rounds[0].Phase);
        Assert.Equal(RoundStatus.Closed, closed.Agenda[0].Rounds[0].Status);
        Assert.Equal("", closed.CurrentRoundId);
        Assert.Equal(roundId, closed.Agenda[0].Rounds[0].RoundId);
    }

    private static async Task<Session> WaitForAsync(Clients api, string sessionId, Func<Session, bool> condition)
    {
        // Bounded: the deadline is 3 s away and the schedule looks twice a second.
        for (var attempt = 0; attempt < 100; attempt++)
        {
            var session = (await api.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = sessionId })).Session;
            if (condition(session)) return session;
            await Task.Delay(200);
        }
        throw new Xunit.Sdk.XunitException("The phase did not advance within 20 s of its deadline.");
    }
}
