import { GridComponent } from 'echarts/components';
import { use } from 'echarts/core';

use([GridComponent]);
