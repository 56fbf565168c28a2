// The generated requests that change something: each carries a request_id.
namespace Deliberation.Api.V1;

public sealed partial class CreateSessionRequest : Server.Common.IMutatingRequest;
public sealed partial class SubmitProposalRequest : Server.Common.IMutatingRequest;
public sealed partial class OpenBallotRequest : Server.Common.IMutatingRequest;
public sealed partial class CastVoteRequest : Server.Common.IMutatingRequest;
public sealed partial class CloseBallotRequest : Server.Common.IMutatingRequest;
