import { GraphQLError } from 'graphql';
export function maskGatewayError(error: unknown, message: string): Error {
  console.log('MASK IN', error instanceof GraphQLError, JSON.stringify(error), (error as any)?.originalError, (error as any)?.extensions);
  return error as Error;
}
