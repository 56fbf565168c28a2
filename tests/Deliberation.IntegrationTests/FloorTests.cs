using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>The floor over gRPC: a panel, then the audience across communities, and what the record shows of who said what.</summary>
public class FloorTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    [Fact]
    public async Task A_panel_then_the_audience_alternating_communities_with_a_point_of_order_in_the_middle()
    {
        var (room, roundId) = await PanelRoomAsync();
        var mod = room["moderator"].Api;
        await mod.Floor.SetFloorRulesAsync(new SetFloorRulesRequest
        {
            RequestId = NewId(), SessionId = room.SessionId,
            Rules = new FloorRules
            {
                RoundId = roundId, Balance = BalanceKind.Alternate, Dimension = "community", SpeechSeconds = 120, PanelistSeconds = 300,
                PanelSlots = { room["p1"].ParticipantId, room["p2"].ParticipantId },
            },
        });
        foreach (var name in new[] { "a-albanian", "b-albanian", "c-serb" })
            await room[name].Api.Floor.RequestFloorAsync(new RequestFloorRequest { RequestId = NewId(), SessionId = room.SessionId, Kind = RequestKind.Speech });

        var order = new List<string>();
        for (var turn = 0; turn < 6; turn++)
        {
            if (turn == 3)
                await room["b-albanian"].Api.Floor.RequestFloorAsync(new RequestFloorRequest { RequestId = NewId(), SessionId = room.SessionId, Kind = RequestKind.PointOfOrder });
            var given = (await mod.Floor.GiveFloorAsync(new GiveFloorRequest { RequestId = NewId(), SessionId = room.SessionId })).Floor.CurrentTurn;
            order.Add(room.People.Single(p => p.ParticipantId == given.SpeakerId).Name + (given.Kind == RequestKind.PointOfOrder ? "*" : ""));
            await mod.Floor.ChangeTurnAsync(new ChangeTurnRequest { RequestId = NewId(), SessionId = room.SessionId, Action = TurnAction.End });
        }
        var statistics = await room["observer"].Api.Floor.GetFloorStatisticsAsync(new GetFloorStatisticsRequest { SessionId = room.SessionId });

        // p2 (serb) spoke last in the panel, so the audience starts across the divide with the first albanian.
        Assert.Equal(["p1", "p2", "a-albanian", "b-albanian*", "c-serb", "b-albanian"], order);
        Assert.Equal([("community", "albanian", 4), ("community", "serb", 2), ("community", "undisclosed", 0)],
            statistics.ByGroup.Select(g => (g.Dimension, g.Value, g.Turns)));
        Assert.Equal(2, statistics.BySpeaker.Single(s => s.ParticipantId == room["b-albanian"].ParticipantId).Turns);
    }

    [Fact]
    public async Task An_unattributed_statement_names_its_speaker_to_the_moderator_who_recorded_it_and_to_nobody_else()
    {
        var (room, _) = await PanelRoomAsync();
        var mod = room["moderator"].Api;
        await mod.Floor.SetStatementAttributionAsync(new SetStatementAttributionRequest { RequestId = NewId(), SessionId = room.SessionId, Attribution = Attribution.Unattributed });
        await room["c-serb"].Api.Floor.RequestFloorAsync(new RequestFloorRequest { RequestId = NewId(), SessionId = room.SessionId, Kind = RequestKind.Speech });
        await mod.Floor.SetFloorRulesAsync(new SetFloorRulesRequest { RequestId = NewId(), SessionId = room.SessionId, Rules = new FloorRules { RoundId = (await RoundOf(room)), Balance = BalanceKind.None } });
        var turnId = (await mod.Floor.GiveFloorAsync(new GiveFloorRequest { RequestId = NewId(), SessionId = room.SessionId })).Floor.CurrentTurn.TurnId;

        var recorded = await mod.Floor.RecordStatementAsync(new RecordStatementRequest
        {
            RequestId = NewId(), SessionId = room.SessionId, TurnId = turnId, Text = Text(("en", "My village has had no school bus for two years.")),
        });

        var speaker = room["c-serb"].ParticipantId;
        Assert.Equal((speaker, turnId), (recorded.Floor.Statements[0].SpeakerId, recorded.Floor.Statements[0].TurnId));
        var others = new[] { room["other-moderator"].Api, room["voter"].Api, room["p1"].Api, room["c-serb"].Api, room["observer"].Api, engine.Operator };
        foreach (var api in others)
        {
            var statement = (await api.Floor.GetFloorAsync(new GetFloorRequest { SessionId = room.SessionId })).Floor.Statements.Single();
            Assert.Equal(("", "", ""), (statement.SpeakerId, statement.TurnId, statement.SpeakerRole));
            Assert.Null(statement.RecordedAt); // a time could tie it to a turn
            Assert.Equal(Attribution.Unattributed, statement.Attribution);
            Assert.DoesNotContain(speaker, statement.ToString());
        }
    }

    [Fact]
    public async Task Floor_requests_and_turns_out_of_place_are_refused_each_with_its_reason_and_change_nothing()
    {
        var (room, _) = await PanelRoomAsync();
        var mod = room["moderator"].Api;
        var ask = new RequestFloorRequest { RequestId = NewId(), SessionId = room.SessionId, Kind = RequestKind.Speech };
        await room["voter"].Api.Floor.RequestFloorAsync(ask);

        await AssertRefusedAsync("ALREADY_REQUESTED", room["voter"].Api.Floor.RequestFloorAsync(new RequestFloorRequest(ask) { RequestId = NewId() }));
        await AssertRefusedAsync("NO_TURN", mod.Floor.ChangeTurnAsync(new ChangeTurnRequest { RequestId = NewId(), SessionId = room.SessionId, Action = TurnAction.End }));
        await mod.Floor.GiveFloorAsync(new GiveFloorRequest { RequestId = NewId(), SessionId = room.SessionId });
        await AssertRefusedAsync("TURN_IN_PROGRESS", mod.Floor.GiveFloorAsync(new GiveFloorRequest { RequestId = NewId(), SessionId = room.SessionId }));
        await AssertRefusedAsync("TURN_NOT_PAUSED", mod.Floor.ChangeTurnAsync(new ChangeTurnRequest { RequestId = NewId(), SessionId = room.SessionId, Action = TurnAction.Resume }));
        await mod.Agenda.CloseRoundAsync(new RoundRequest { RequestId = NewId(), SessionId = room.SessionId, RoundId = await RoundOf(room) });
        await AssertRefusedAsync("ROUND_NOT_OPEN", room["c-serb"].Api.Floor.RequestFloorAsync(new RequestFloorRequest { RequestId = NewId(), SessionId = room.SessionId, Kind = RequestKind.Speech }));
        await AssertRefusedAsync("ROUND_NOT_OPEN", mod.Floor.GiveFloorAsync(new GiveFloorRequest { RequestId = NewId(), SessionId = room.SessionId }));
        var afterClose = (await mod.Floor.GetFloorAsync(new GetFloorRequest { SessionId = room.SessionId })).Floor;
        Assert.Null(afterClose.CurrentTurn); // closing the round ended the turn under way
        await Room.ChangeStatusAsync(engine.Operator, room.SessionId, SessionStatus.Closed);
        await AssertRefusedAsync("SESSION_CLOSED", mod.Floor.ChangeTurnAsync(new ChangeTurnRequest { RequestId = NewId(), SessionId = room.SessionId, Action = TurnAction.End }));
    }

    /// <summary>Two panelists, three in the audience by community, a second moderator, a voter and an observer; a round open.</summary>
    private async Task<(Room Room, string RoundId)> PanelRoomAsync()
    {
        var room = await Room.OpenAsync(engine,
            ("moderator", Role.Moderator, false), ("other-moderator", Role.Moderator, false), ("p1", Role.Participant, false), ("p2", Role.Participant, false),
            ("a-albanian", Role.Participant, true), ("b-albanian", Role.Participant, true), ("c-serb", Role.Participant, true),
            ("voter", Role.Participant, true), ("observer", Role.Observer, false));
        var op = engine.Operator;
        await op.Sessions.DefineGroupDimensionAsync(new DefineGroupDimensionRequest { RequestId = NewId(), SessionId = room.SessionId, Dimension = Dimension("community", false, "albanian", "serb") });
        foreach (var (name, community) in new[] { ("p1", "albanian"), ("p2", "serb"), ("a-albanian", "albanian"), ("b-albanian", "albanian"), ("c-serb", "serb") })
            await op.Participants.SetParticipantGroupAsync(new SetParticipantGroupRequest
            {
                RequestId = NewId(), SessionId = room.SessionId, ParticipantId = room[name].ParticipantId, Dimension = "community", Value = community,
            });
        var itemId = (await op.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = room.SessionId, Title = Text(("en", "Panel")) })).Session.Agenda[0].AgendaItemId;
        var roundId = (await op.Agenda.OpenRoundAsync(new OpenRoundRequest { RequestId = NewId(), SessionId = room.SessionId, AgendaItemId = itemId })).Session.CurrentRoundId;
        return (room, roundId);
    }

    private async Task<string> RoundOf(Room room) =>
        (await engine.Operator.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = room.SessionId })).Session.CurrentRoundId;

    private async Task AssertRefusedAsync<T>(string reason, AsyncUnaryCall<T> call)
    {
        var events = await engine.CountEventsAsync();
        var error = await Errors.CatchAsync(call);
        Assert.Equal((StatusCode.FailedPrecondition, reason), (error.StatusCode, error.Reason()));
        Assert.Equal(events, await engine.CountEventsAsync());
    }
}
