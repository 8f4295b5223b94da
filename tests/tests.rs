//! The integration tests, one binary (as ripgrep's): each module tests one face of the
//! product through the library or the real binary.

mod baseline;
mod cli;
mod cmd;
mod config;
mod corpus;
mod events;
mod extract;
mod formats;
mod hostile;
mod layers;
mod outputs;
mod properties;
mod readme;
mod schema;
mod seeds;
mod signature;
mod sizes;
mod source;
mod split;
mod stories;
mod tolls;
mod walk;
