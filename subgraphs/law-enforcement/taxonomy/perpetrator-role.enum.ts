import { registerEnumType } from 'type-graphql';

/**
 * HTCDS v2 `per_RoleInProcess`: what a perpetrator did in the trafficking process (a multiselect:
 * one suspect can recruit and transport). Stored as HTCDS's value names, shown in upper snake case.
 */
export enum PerpetratorRole {
  TRAVELLING_PARTNER = 'TravellingPartner',
  TRANSPORTER = 'Transporter',
  RECRUITER_OR_INTERMEDIARY = 'RecruiterOrIntermediary',
  BROKER_TRAVEL_AGENT = 'BrokerTravelAgent',
  TRANSFERRED_INDIVIDUAL = 'TransferredIndividual',
  HARBOURED_INDIVIDUAL = 'HarbouredIndividual',
  SOLD_INDIVIDUAL = 'SoldIndividual',
  BOUGHT_INDIVIDUAL = 'BoughtIndividual',
  RECEIVED_INDIVIDUAL = 'ReceivedIndividual',
  CONTROLLED_INDIVIDUAL = 'ControlledIndividual',
  SMUGGLER = 'Smuggler',
  ABUSER = 'Abuser',
  KIDNAPPER = 'Kidnapper',
  EXPLOITER = 'Exploiter',
  OTHER = 'Other',
}

registerEnumType(PerpetratorRole, {
  name: 'PerpetratorRole',
  description: "A suspect's role in the trafficking process: HTCDS v2 `per_RoleInProcess` (the HTCDS value name in brackets).",
  valuesConfig: {
    TRAVELLING_PARTNER: { description: 'Travelled with the victim (`TravellingPartner`).' },
    TRANSPORTER: { description: 'Transported the victim (`Transporter`).' },
    RECRUITER_OR_INTERMEDIARY: { description: 'Recruited the victim or acted as intermediary (`RecruiterOrIntermediary`).' },
    BROKER_TRAVEL_AGENT: { description: 'Broker or travel agent (`BrokerTravelAgent`).' },
    TRANSFERRED_INDIVIDUAL: { description: 'Transferred the victim (`TransferredIndividual`).' },
    HARBOURED_INDIVIDUAL: { description: 'Harboured the victim (`HarbouredIndividual`).' },
    SOLD_INDIVIDUAL: { description: 'Sold the victim (`SoldIndividual`).' },
    BOUGHT_INDIVIDUAL: { description: 'Bought the victim (`BoughtIndividual`).' },
    RECEIVED_INDIVIDUAL: { description: 'Received the victim (`ReceivedIndividual`).' },
    CONTROLLED_INDIVIDUAL: { description: 'Controlled the victim (`ControlledIndividual`).' },
    SMUGGLER: { description: 'Smuggler (`Smuggler`).' },
    ABUSER: { description: 'Abuser (`Abuser`).' },
    KIDNAPPER: { description: 'Kidnapper (`Kidnapper`).' },
    EXPLOITER: { description: 'Exploiter (`Exploiter`).' },
    OTHER: { description: 'Another role (`Other`).' },
  },
});
