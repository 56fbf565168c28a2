namespace Deliberation.Cli;

/// <summary>
/// Every RPC of the API, by its full name, and the delib commands that call it: the table a test
/// checks against the API's descriptors (every RPC has a command) and against delib's commands (every
/// command is here, and exists), and that docs/delib.md lists.
/// </summary>
public static class CommandCatalog
{
    public static IReadOnlyDictionary<string, string[]> Commands { get; } = new Dictionary<string, string[]>
    {
        ["deliberation.v1.AccessService.SignInOperator"] = ["sign-in"],
        ["deliberation.v1.AccessService.JoinSession"] = ["join"],
        ["deliberation.v1.SessionService.CreateSession"] = ["session create"],
        ["deliberation.v1.SessionService.GetSession"] = ["session show"],
        ["deliberation.v1.SessionService.ChangeSessionStatus"] = ["session status"],
        ["deliberation.v1.SessionService.DefineGroupDimension"] = ["session define-groups"],
        ["deliberation.v1.ParticipantService.CreateInvitation"] = ["participant invite"],
        ["deliberation.v1.ParticipantService.RevokeInvitation"] = ["participant revoke"],
        ["deliberation.v1.ParticipantService.ListParticipants"] = ["participant list"],
        ["deliberation.v1.ParticipantService.SetParticipantGroup"] = ["participant set-group"],
        ["deliberation.v1.AgendaService.AddAgendaItem"] = ["agenda add"],
        ["deliberation.v1.AgendaService.MoveAgendaItem"] = ["agenda move"],
        ["deliberation.v1.AgendaService.OpenRound"] = ["agenda open-round"],
        ["deliberation.v1.AgendaService.AdvancePhase"] = ["agenda advance"],
        ["deliberation.v1.AgendaService.PauseRound"] = ["agenda pause"],
        ["deliberation.v1.AgendaService.ResumeRound"] = ["agenda resume"],
        ["deliberation.v1.AgendaService.CloseRound"] = ["agenda close-round"],
        ["deliberation.v1.FloorService.SetFloorRules"] = ["floor rules"],
        ["deliberation.v1.FloorService.SetStatementAttribution"] = ["floor attribution"],
        ["deliberation.v1.FloorService.RequestFloor"] = ["floor request"],
        ["deliberation.v1.FloorService.WithdrawFloorRequest"] = ["floor withdraw"],
        ["deliberation.v1.FloorService.ManageFloorRequest"] = ["floor manage"],
        ["deliberation.v1.FloorService.GiveFloor"] = ["floor give"],
        ["deliberation.v1.FloorService.ChangeTurn"] = ["floor pause", "floor resume", "floor end"],
        ["deliberation.v1.FloorService.RecordStatement"] = ["floor statement"],
        ["deliberation.v1.FloorService.GetFloor"] = ["floor show"],
        ["deliberation.v1.FloorService.GetFloorStatistics"] = ["floor stats"],
        ["deliberation.v1.ProposalService.SubmitProposal"] = ["proposal submit"],
        ["deliberation.v1.ProposalService.ReviseProposal"] = ["proposal revise"],
        ["deliberation.v1.ProposalService.TranslateProposal"] = ["proposal translate"],
        ["deliberation.v1.ProposalService.WithdrawProposal"] = ["proposal withdraw"],
        ["deliberation.v1.ProposalService.JoinCosponsors"] = ["proposal cosponsor"],
        ["deliberation.v1.ProposalService.LeaveCosponsors"] = ["proposal uncosponsor"],
        ["deliberation.v1.ProposalService.MergeProposals"] = ["proposal merge"],
        ["deliberation.v1.ProposalService.SetAdmissionRule"] = ["proposal admission"],
        ["deliberation.v1.ProposalService.GetProposal"] = ["proposal show"],
        ["deliberation.v1.ProposalService.ListProposals"] = ["proposal list"],
        ["deliberation.v1.ProposalService.CompareVersions"] = ["proposal diff"],
        ["deliberation.v1.ProposalService.SubmitAmendment"] = ["amendment submit"],
        ["deliberation.v1.ProposalService.RebaseAmendment"] = ["amendment rebase"],
        ["deliberation.v1.ProposalService.AcceptAmendment"] = ["amendment accept"],
        ["deliberation.v1.ProposalService.DeclineAmendment"] = ["amendment decline"],
        ["deliberation.v1.ProposalService.RuleAmendmentOutOfOrder"] = ["amendment rule-out"],
        ["deliberation.v1.ProposalService.WithdrawAmendment"] = ["amendment withdraw"],
        ["deliberation.v1.ProposalService.GetAmendment"] = ["amendment show"],
        ["deliberation.v1.BallotService.OpenBallot"] = ["ballot open", "ballot open-options"],
        ["deliberation.v1.BallotService.CastVote"] = ["ballot vote", "ballot mark"],
        ["deliberation.v1.BallotService.WithdrawVote"] = ["ballot withdraw"],
        ["deliberation.v1.BallotService.CloseBallot"] = ["ballot close"],
        ["deliberation.v1.BallotService.GetBallot"] = ["ballot show"],
        ["deliberation.v1.BallotService.GetBallotRecord"] = ["ballot record"],
        ["deliberation.v1.BallotService.RecordBallotBatch"] = ["ballot batch"],
        ["deliberation.v1.BallotService.GrantProxy"] = ["proxy grant"],
        ["deliberation.v1.BallotService.RevokeProxy"] = ["proxy revoke"],
        ["deliberation.v1.BallotService.ListProxies"] = ["proxy list"],
        // The feed is a stream, not a one-shot command: watch follows it live and resumes it by itself.
        ["deliberation.v1.EventService.WatchSession"] = ["watch"],
        ["deliberation.v1.TallyService.Tally"] = ["tally"],
    };

    /// <summary>Commands that call no RPC of their own but play many: the demo.</summary>
    public static IReadOnlyList<string> Composite { get; } = ["demo"];
}
