// The generated requests that change something: each carries a request_id.
namespace Deliberation.Api.V1;

internal sealed partial class CreateSessionRequest : Server.Common.IMutatingRequest;
internal sealed partial class SubmitProposalRequest : Server.Common.IMutatingRequest;
internal sealed partial class OpenBallotRequest : Server.Common.IMutatingRequest;
internal sealed partial class CastVoteRequest : Server.Common.IMutatingRequest;
internal sealed partial class CloseBallotRequest : Server.Common.IMutatingRequest;
