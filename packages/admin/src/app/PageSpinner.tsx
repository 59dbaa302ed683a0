import { Spin } from 'antd';

export const PageSpinner = () => (
  <div style={{ padding: 48, textAlign: 'center' }}>
    <Spin />
  </div>
);
