using Deliberation.Api.V1;
using Deliberation.IntegrationTests.Infrastructure;
using Google.Protobuf.Reflection;
using Grpc.Core;
using static Deliberation.IntegrationTests.Infrastructure.Requests;

namespace Deliberation.IntegrationTests;

/// <summary>Every RPC, called as every kind of caller, answers as the table in docs/permissions.md says.</summary>
public class PermissionMatrixTests(EngineFixture engine) : IClassFixture<EngineFixture>
{
    private static readonly string[] Callers =
        ["anonymous", "observer", "participant", "voting participant", "moderator", "operator", "moderator of another session"];

    private static readonly ServiceDescriptor[] Services =
    [
        AccessService.Descriptor, SessionService.Descriptor, ParticipantService.Descriptor, AgendaService.Descriptor,
        FloorService.Descriptor, ProposalService.Descriptor, BallotService.Descriptor, EventService.Descriptor,
    ];

    private delegate Task Call(Clients api, Person? self);

    [Fact]
    public void The_table_has_a_row_for_every_rpc_of_these_services()
    {
        var rpcs = Services.SelectMany(s => s.Methods.Select(m => $"{s.Name}.{m.Name}")).Order();

        Assert.Equal(rpcs, ReadTable().Keys.Order());
    }

    [Fact]
    public async Task Every_rpc_answers_every_kind_of_caller_as_the_table_says()
    {
        var table = ReadTable();
        var world = await World.SetUpAsync(engine);
        var mismatches = new List<string>();

        foreach (var (rpc, call) in Calls(world))
            foreach (var caller in Callers)
            {
                var outcome = await OutcomeAsync(() => call(world.ClientsOf(caller), world.PersonOf(caller)));
                var expected = !table[rpc][caller] ? caller == "anonymous" ? "unauthenticated" : "denied" : "allowed";
                if (outcome != expected) mismatches.Add($"{rpc} as {caller}: expected {expected}, was {outcome}");
            }

        Assert.Empty(mismatches);
    }

    private static async Task<string> OutcomeAsync(Func<Task> call)
    {
        try
        {
            await call();
            return "allowed";
        }
        catch (RpcException e)
        {
            return e.StatusCode switch
            {
                StatusCode.Unauthenticated => "unauthenticated",
                StatusCode.PermissionDenied => "denied",
                _ => "allowed", // refused for another reason than who the caller is
            };
        }
    }

    /// <summary>One well-formed call per RPC; those that change the most come last, so the others meet a session as set up.</summary>
    private (string Rpc, Call Call)[] Calls(World w) =>
    [
        ("AccessService.SignInOperator", async (api, _) => await api.Access.SignInOperatorAsync(new SignInOperatorRequest { Credential = EngineFixture.OperatorCredential })),
        ("AccessService.JoinSession", async (api, _) => await api.Access.JoinSessionAsync(new JoinSessionRequest { RequestId = NewId(), JoinCode = await w.NewCodeAsync(), Name = "guest" })),
        ("SessionService.CreateSession", async (api, _) => await api.Sessions.CreateSessionAsync(CreateSession())),
        ("SessionService.GetSession", async (api, _) => await api.Sessions.GetSessionAsync(new GetSessionRequest { SessionId = w.SessionId })),
        ("SessionService.DefineGroupDimension", async (api, _) => await api.Sessions.DefineGroupDimensionAsync(new DefineGroupDimensionRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, Dimension = Dimension($"d{Guid.NewGuid():N}"[..20], selfDeclared: false, "a", "b"),
        })),
        ("ParticipantService.CreateInvitation", async (api, _) => await api.Participants.CreateInvitationAsync(new CreateInvitationRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, Role = Role.Participant,
        })),
        ("ParticipantService.RevokeInvitation", async (api, _) => await api.Participants.RevokeInvitationAsync(new RevokeInvitationRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, InvitationId = await w.NewInvitationIdAsync(),
        })),
        ("ParticipantService.ListParticipants", async (api, _) => await api.Participants.ListParticipantsAsync(new ListParticipantsRequest { SessionId = w.SessionId })),
        ("ParticipantService.SetParticipantGroup", async (api, self) => await api.Participants.SetParticipantGroupAsync(new SetParticipantGroupRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, ParticipantId = self?.ParticipantId ?? w.Room["voter"].ParticipantId, Dimension = "gender", Value = "undisclosed",
        })),
        ("FloorService.SetFloorRules", async (api, _) => await api.Floor.SetFloorRulesAsync(new SetFloorRulesRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, Rules = new FloorRules { RoundId = w.RoundId, Balance = BalanceKind.Progressive },
        })),
        ("FloorService.SetStatementAttribution", async (api, _) => await api.Floor.SetStatementAttributionAsync(new SetStatementAttributionRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, Attribution = Attribution.RoleOnly,
        })),
        ("FloorService.RequestFloor", async (api, _) => await api.Floor.RequestFloorAsync(new RequestFloorRequest { RequestId = NewId(), SessionId = w.SessionId, Kind = RequestKind.Reply })),
        ("FloorService.WithdrawFloorRequest", async (api, _) => await api.Floor.WithdrawFloorRequestAsync(new WithdrawFloorRequestRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, FloorRequestId = NewId(),
        })),
        ("FloorService.ManageFloorRequest", async (api, _) => await api.Floor.ManageFloorRequestAsync(new ManageFloorRequestRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, FloorRequestId = NewId(), Change = RequestChange.Skip,
        })),
        ("FloorService.GiveFloor", async (api, _) => await api.Floor.GiveFloorAsync(new GiveFloorRequest { RequestId = NewId(), SessionId = w.SessionId })),
        ("FloorService.ChangeTurn", async (api, _) => await api.Floor.ChangeTurnAsync(new ChangeTurnRequest { RequestId = NewId(), SessionId = w.SessionId, Action = TurnAction.Pause })),
        ("FloorService.RecordStatement", async (api, _) => await api.Floor.RecordStatementAsync(new RecordStatementRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, TurnId = w.TurnId, Text = Text(("en", "We agree on bilingual offices.")),
        })),
        ("FloorService.GetFloor", async (api, _) => await api.Floor.GetFloorAsync(new GetFloorRequest { SessionId = w.SessionId })),
        ("FloorService.GetFloorStatistics", async (api, _) => await api.Floor.GetFloorStatisticsAsync(new GetFloorStatisticsRequest { SessionId = w.SessionId })),
        ("EventService.WatchSession", async (api, _) =>
        {
            // A stream answers (or is refused) with its first message.
            using var call = api.Events.WatchSession(new WatchSessionRequest { SessionId = w.SessionId });
            await call.ResponseStream.MoveNext(CancellationToken.None);
        }),
        ("ProposalService.SubmitProposal", async (api, _) => await api.Proposals.SubmitProposalAsync(SubmitProposal(w.SessionId))),
        ("ProposalService.GetProposal", async (api, _) => await api.Proposals.GetProposalAsync(new GetProposalRequest { ProposalId = w.ProposalId })),
        ("ProposalService.ReviseProposal", async (api, _) => await api.Proposals.ReviseProposalAsync(new ReviseProposalRequest
        {
            RequestId = NewId(), ProposalId = w.ProposalId, Paragraphs = { new ParagraphInput { ParagraphId = "p1" } },
        })),
        ("ProposalService.TranslateProposal", async (api, _) => await api.Proposals.TranslateProposalAsync(new TranslateProposalRequest
        {
            RequestId = NewId(), ProposalId = w.ProposalId, Language = "sq", Paragraphs = { ["p1"] = "Çdo zyrë komunale përgjigjet në shqip dhe serbisht." },
        })),
        ("ProposalService.WithdrawProposal", async (api, _) => await api.Proposals.WithdrawProposalAsync(new WithdrawProposalRequest { RequestId = NewId(), ProposalId = w.OtherProposalId })),
        ("ProposalService.JoinCosponsors", async (api, _) => await api.Proposals.JoinCosponsorsAsync(new JoinCosponsorsRequest { RequestId = NewId(), ProposalId = w.ProposalId })),
        ("ProposalService.LeaveCosponsors", async (api, _) => await api.Proposals.LeaveCosponsorsAsync(new LeaveCosponsorsRequest { RequestId = NewId(), ProposalId = w.ProposalId })),
        ("ProposalService.MergeProposals", async (api, _) => await api.Proposals.MergeProposalsAsync(new MergeProposalsRequest
        {
            RequestId = NewId(), ProposalId = w.ProposalId, MergedProposalId = NewId(),
        })),
        ("ProposalService.SetAdmissionRule", async (api, _) => await api.Proposals.SetAdmissionRuleAsync(new SetAdmissionRuleRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, Rule = new AdmissionRule { Cosponsors = 0 },
        })),
        ("ProposalService.ListProposals", async (api, _) => await api.Proposals.ListProposalsAsync(new ListProposalsRequest { SessionId = w.SessionId })),
        ("ProposalService.CompareVersions", async (api, _) => await api.Proposals.CompareVersionsAsync(new CompareVersionsRequest { ProposalId = w.ProposalId, FromVersion = 1 })),
        ("ProposalService.SubmitAmendment", async (api, _) => await api.Proposals.SubmitAmendmentAsync(new SubmitAmendmentRequest
        {
            RequestId = NewId(), ProposalId = w.ProposalId, BaseVersion = 1, Rationale = Text(("en", "Clearer")),
            Operations = { new AmendmentOperation { DeleteParagraph = new DeleteParagraph { ParagraphId = "p1" } } },
        })),
        ("ProposalService.RebaseAmendment", async (api, _) => await api.Proposals.RebaseAmendmentAsync(new RebaseAmendmentRequest
        {
            RequestId = NewId(), AmendmentId = w.AmendmentId, BaseVersion = 1,
            Operations = { new AmendmentOperation { DeleteParagraph = new DeleteParagraph { ParagraphId = "p1" } } },
        })),
        ("ProposalService.AcceptAmendment", async (api, _) => await api.Proposals.AcceptAmendmentAsync(new AcceptAmendmentRequest { RequestId = NewId(), AmendmentId = w.AmendmentId })),
        ("ProposalService.DeclineAmendment", async (api, _) => await api.Proposals.DeclineAmendmentAsync(new DeclineAmendmentRequest { RequestId = NewId(), AmendmentId = w.AmendmentId })),
        ("ProposalService.RuleAmendmentOutOfOrder", async (api, _) => await api.Proposals.RuleAmendmentOutOfOrderAsync(new RuleAmendmentOutOfOrderRequest
        {
            RequestId = NewId(), AmendmentId = w.AmendmentId, Reason = "Off topic",
        })),
        ("ProposalService.WithdrawAmendment", async (api, _) => await api.Proposals.WithdrawAmendmentAsync(new WithdrawAmendmentRequest { RequestId = NewId(), AmendmentId = w.AmendmentId })),
        ("ProposalService.GetAmendment", async (api, _) => await api.Proposals.GetAmendmentAsync(new GetAmendmentRequest { AmendmentId = w.AmendmentId })),
        ("BallotService.OpenBallot", async (api, _) => await api.Ballots.OpenBallotAsync(new OpenBallotRequest { RequestId = NewId(), ProposalId = w.ProposalId })),
        ("BallotService.CastVote", async (api, _) => await api.Ballots.CastVoteAsync(Vote(w.BallotId, VoteChoice.Yes))),
        ("BallotService.WithdrawVote", async (api, _) => await api.Ballots.WithdrawVoteAsync(new WithdrawVoteRequest { RequestId = NewId(), BallotId = w.BallotId })),
        ("BallotService.GetBallot", async (api, _) => await api.Ballots.GetBallotAsync(new GetBallotRequest { BallotId = w.BallotId })),
        ("BallotService.GetBallotRecord", async (api, _) => await api.Ballots.GetBallotRecordAsync(new GetBallotRecordRequest { BallotId = w.BallotId })),
        ("BallotService.RecordBallotBatch", async (api, _) => await api.Ballots.RecordBallotBatchAsync(new RecordBallotBatchRequest
        {
            RequestId = NewId(), BallotId = w.BallotId, Kind = BatchKind.Paper, Yes = 1,
        })),
        ("BallotService.GrantProxy", async (api, _) => await api.Ballots.GrantProxyAsync(new GrantProxyRequest { RequestId = NewId(), SessionId = w.SessionId, HolderId = w.VoterId })),
        ("BallotService.RevokeProxy", async (api, _) => await api.Ballots.RevokeProxyAsync(new RevokeProxyRequest { RequestId = NewId(), SessionId = w.SessionId, GrantorId = w.VoterId })),
        ("BallotService.ListProxies", async (api, _) => await api.Ballots.ListProxiesAsync(new ListProxiesRequest { SessionId = w.SessionId })),
        ("BallotService.CloseBallot", async (api, _) => await api.Ballots.CloseBallotAsync(new CloseBallotRequest { RequestId = NewId(), BallotId = w.BallotId })),
        ("AgendaService.AddAgendaItem", async (api, _) => await api.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = w.SessionId, Title = Text(("en", "Item")) })),
        ("AgendaService.MoveAgendaItem", async (api, _) => await api.Agenda.MoveAgendaItemAsync(new MoveAgendaItemRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, AgendaItemId = w.AgendaItemId, Position = 0,
        })),
        ("AgendaService.OpenRound", async (api, _) => await api.Agenda.OpenRoundAsync(new OpenRoundRequest { RequestId = NewId(), SessionId = w.SessionId, AgendaItemId = w.AgendaItemId })),
        ("AgendaService.AdvancePhase", async (api, _) => await api.Agenda.AdvancePhaseAsync(new AdvancePhaseRequest { RequestId = NewId(), SessionId = w.SessionId, RoundId = w.RoundId })),
        ("AgendaService.PauseRound", async (api, _) => await api.Agenda.PauseRoundAsync(w.Round())),
        ("AgendaService.ResumeRound", async (api, _) => await api.Agenda.ResumeRoundAsync(w.Round())),
        ("AgendaService.CloseRound", async (api, _) => await api.Agenda.CloseRoundAsync(w.Round())),
        ("SessionService.ChangeSessionStatus", async (api, _) => await api.Sessions.ChangeSessionStatusAsync(new ChangeSessionStatusRequest
        {
            RequestId = NewId(), SessionId = w.SessionId, Status = SessionStatus.Adjourned,
        })),
    ];

    private static Dictionary<string, Dictionary<string, bool>> ReadTable()
    {
        var rows = RepositoryFiles.Read("docs/permissions.md").Split('\n')
            .Where(line => line.StartsWith("| ") && !line.StartsWith("| RPC") && !line.StartsWith("|---"))
            .Select(line => line.Trim().Trim('|').Split('|').Select(cell => cell.Trim()).ToArray());
        return rows.ToDictionary(cells => cells[0], cells => Callers.Select((caller, i) => (caller, cells[i + 1] == "yes")).ToDictionary());
    }

    /// <summary>A session with one member of each role, a self-declared dimension, an agenda item with a round in its voting phase, two proposals (one amended and on an open ballot); and a second session whose moderator is the outsider.</summary>
    private sealed class World(EngineFixture engine, Room room, Room other)
    {
        public Room Room { get; } = room;
        public string SessionId => Room.SessionId;
        public string VoterId => Room["voter"].ParticipantId;
        public string AgendaItemId { get; private set; } = "";
        public string RoundId { get; private set; } = "";
        public string ProposalId { get; private set; } = "";
        public string BallotId { get; private set; } = "";
        public string OtherProposalId { get; private set; } = "";
        public string AmendmentId { get; private set; } = "";
        public string TurnId { get; private set; } = "";

        public static async Task<World> SetUpAsync(EngineFixture engine)
        {
            var world = new World(engine, await Room.WithEveryRoleAsync(engine), await Room.WithEveryRoleAsync(engine));
            var op = engine.Operator;
            await op.Sessions.DefineGroupDimensionAsync(new DefineGroupDimensionRequest
            {
                RequestId = NewId(), SessionId = world.SessionId, Dimension = Dimension("gender", selfDeclared: true, "woman", "man"),
            });
            var agenda = await op.Agenda.AddAgendaItemAsync(new AddAgendaItemRequest { RequestId = NewId(), SessionId = world.SessionId, Title = Text(("en", "Services")) });
            world.AgendaItemId = agenda.Session.Agenda[0].AgendaItemId;
            world.RoundId = (await op.Agenda.OpenRoundAsync(new OpenRoundRequest
            {
                RequestId = NewId(), SessionId = world.SessionId, AgendaItemId = world.AgendaItemId,
                Phases = { new PhasePlan { Phase = Phase.Submission }, new PhasePlan { Phase = Phase.Amendment }, new PhasePlan { Phase = Phase.Voting } },
            })).Session.CurrentRoundId;
            world.OtherProposalId = (await world.Room.SubmitAsync("voter")).ProposalId;
            var submitted = await world.Room.SubmitAsync("voter");
            await world.Room.AdvanceAsync();
            world.AmendmentId = (await world.Room["participant"].Api.Proposals.SubmitAmendmentAsync(new SubmitAmendmentRequest
            {
                RequestId = NewId(), ProposalId = submitted.ProposalId, BaseVersion = 1, Rationale = Text(("en", "Shorter")),
                Operations = { new AmendmentOperation { ReplaceSpan = new ReplaceSpan { ParagraphId = "p1", Language = "en", Start = 0, Length = 5, Replacement = "All" } } },
            })).Amendment.AmendmentId;
            await world.Room.EnterVotingPhaseAsync();
            world.ProposalId = submitted.ProposalId;
            world.BallotId = (await op.Ballots.OpenBallotAsync(new OpenBallotRequest { RequestId = NewId(), ProposalId = submitted.ProposalId })).Ballot.BallotId;
            await world.Room["voter"].Api.Floor.RequestFloorAsync(new RequestFloorRequest { RequestId = NewId(), SessionId = world.SessionId, Kind = RequestKind.Speech });
            world.TurnId = (await op.Floor.GiveFloorAsync(new GiveFloorRequest { RequestId = NewId(), SessionId = world.SessionId })).Floor.CurrentTurn.TurnId;
            return world;
        }

        public Clients ClientsOf(string caller) => caller switch
        {
            "anonymous" => engine.Anonymous,
            "operator" => engine.Operator,
            "moderator of another session" => other["moderator"].Api,
            "voting participant" => Room["voter"].Api,
            _ => Room[caller].Api,
        };

        public Person? PersonOf(string caller) => caller switch
        {
            "anonymous" or "operator" => null,
            "moderator of another session" => other["moderator"],
            "voting participant" => Room["voter"],
            _ => Room[caller],
        };

        public RoundRequest Round() => new() { RequestId = NewId(), SessionId = SessionId, RoundId = RoundId };

        public async Task<string> NewCodeAsync() => (await NewInvitationAsync()).JoinCode;

        public async Task<string> NewInvitationIdAsync() => (await NewInvitationAsync()).InvitationId;

        private Task<CreateInvitationResponse> NewInvitationAsync() => engine.Operator.Participants.CreateInvitationAsync(new CreateInvitationRequest
        {
            RequestId = NewId(), SessionId = SessionId, Role = Role.Observer,
        }).ResponseAsync;
    }
}
