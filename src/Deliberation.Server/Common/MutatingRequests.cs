// The generated requests that change something: each carries a request_id.
namespace Deliberation.Api.V1;

internal sealed partial class CreateSessionRequest : Server.Common.IMutatingRequest;
internal sealed partial class SubmitProposalRequest : Server.Common.IMutatingRequest;
internal sealed partial class OpenBallotRequest : Server.Common.IMutatingRequest;
internal sealed partial class CastVoteRequest : Server.Common.IMutatingRequest;
internal sealed partial class WithdrawVoteRequest : Server.Common.IMutatingRequest;
internal sealed partial class CloseBallotRequest : Server.Common.IMutatingRequest;
internal sealed partial class JoinSessionRequest : Server.Common.IMutatingRequest;
internal sealed partial class ChangeSessionStatusRequest : Server.Common.IMutatingRequest;
internal sealed partial class DefineGroupDimensionRequest : Server.Common.IMutatingRequest;
internal sealed partial class CreateInvitationRequest : Server.Common.IMutatingRequest;
internal sealed partial class RevokeInvitationRequest : Server.Common.IMutatingRequest;
internal sealed partial class SetParticipantGroupRequest : Server.Common.IMutatingRequest;
internal sealed partial class AddAgendaItemRequest : Server.Common.IMutatingRequest;
internal sealed partial class MoveAgendaItemRequest : Server.Common.IMutatingRequest;
internal sealed partial class OpenRoundRequest : Server.Common.IMutatingRequest;
internal sealed partial class AdvancePhaseRequest : Server.Common.IMutatingRequest;
internal sealed partial class RoundRequest : Server.Common.IMutatingRequest;
internal sealed partial class SetFloorRulesRequest : Server.Common.IMutatingRequest;
internal sealed partial class SetStatementAttributionRequest : Server.Common.IMutatingRequest;
internal sealed partial class RequestFloorRequest : Server.Common.IMutatingRequest;
internal sealed partial class WithdrawFloorRequestRequest : Server.Common.IMutatingRequest;
internal sealed partial class ManageFloorRequestRequest : Server.Common.IMutatingRequest;
internal sealed partial class GiveFloorRequest : Server.Common.IMutatingRequest;
internal sealed partial class ChangeTurnRequest : Server.Common.IMutatingRequest;
internal sealed partial class RecordStatementRequest : Server.Common.IMutatingRequest;
